import type { AppData } from '../data/indexes';
import type { PartnershipSummary, Year } from '../shared/types';
import { councilExistsIn } from '../shared/councilYears';
import { choropleth, councilValues, type Choropleth } from './councilMetrics';
import { councilTiersInYear } from './councilTiers';
import { memoizeLast } from './memoizeLast';
import { areaTotals, councilAgainstRegion } from './regionTotals';
import { measureParam, type AreaMeasure } from './viewState';
import { boundaryYearFor } from './years';

// The areas map's and the officer's tools' derived data, memoised as the
// explorer's selectors are (selectors.ts), in a module of their own: the
// first view (a links map) never needs them, so they load with the areas
// map or the totals by region (src/ui/hooks/useAreasMap.ts, RegionTotals.tsx).

type Data = AppData;

/** The measure a written key ("count", "savings", a service's id) stands for. */
function measureOf(key: string): AreaMeasure {
  return key === 'count' || key === 'savings' ? { kind: key } : { kind: 'service', service: key };
}

/**
 * Selectors for the areas map and the officer's tools (totals by region and
 * nation, a council against its region), each with its own memory. The
 * measure is remembered by its written key, so a measure read again from the
 * address colours nothing again.
 */
export function createAreaSelectors() {
  const councilsIn = memoizeLast((data: Data, boundaryYear: Year) => data.councils.filter((c) => councilExistsIn(c, boundaryYear)).map((c) => c.code));
  const shapesIn = memoizeLast((data: Data, boundaryYear: Year) => councilTiersInYear(data.topology, boundaryYear, data).filled.map((g) => g.properties.c));
  const valuesFor = memoizeLast((data: Data, shown: readonly PartnershipSummary[], year: Year | null, key: string) => councilValues(shown, year, measureOf(key), data));
  const countsFor = memoizeLast((data: Data, shown: readonly PartnershipSummary[], year: Year | null) => councilValues(shown, year, { kind: 'count' }, data));
  const mapFor = memoizeLast((values: ReadonlyMap<string, number>, shapes: readonly string[], key: string): Choropleth => choropleth(values, shapes, measureOf(key)));
  const totalsFor = memoizeLast((data: Data, shown: readonly PartnershipSummary[], year: Year | null) => {
    const drawn = councilsIn(data, boundaryYearFor(year));
    return { regions: areaTotals(shown, year, 'region', drawn, data), nations: areaTotals(shown, year, 'nation', drawn, data) };
  });
  const values = (data: Data, shown: readonly PartnershipSummary[], year: Year | null, measure: AreaMeasure) => valuesFor(data, shown, year, measureParam(measure));
  return {
    /** Each council's value for the measure, over the partnerships shown. */
    values,
    /**
     * The colours of the year's filled shapes (districts and unitary councils) and their legend.
     * A county has no shape of its own: its value is in the tooltip and its panel.
     */
    choropleth: (data: Data, shown: readonly PartnershipSummary[], year: Year | null, measure: AreaMeasure) =>
      mapFor(values(data, shown, year, measure), shapesIn(data, boundaryYearFor(year)), measureParam(measure)),
    /** Totals by region and by nation of the partnerships shown. */
    areaTotals: totalsFor,
    /** A council's number of partnerships shown against its region's councils. */
    againstRegion: (data: Data, shown: readonly PartnershipSummary[], year: Year | null, code: string) =>
      councilAgainstRegion(code, countsFor(data, shown, year), councilsIn(data, boundaryYearFor(year)), data),
  };
}

export type AreaSelectors = ReturnType<typeof createAreaSelectors>;
