import { useState } from 'react';
import type { AppData } from '../data/indexes';
import { useI18n } from '../i18n/I18nContext';
import type { Translator } from '../i18n/translator';
import type { AreaTotal } from '../model/regionTotals';
import { createAreaSelectors } from '../model/selectors';
import { slugify } from '../model/viewState';
import type { PartnershipSummary, Year } from '../shared/types';

export interface RegionTotalsProps {
  data: AppData;
  shown: readonly PartnershipSummary[];
  year: Year | null;
  /** Show only an area's partnerships (the area filter), by its slug: the map zooms to it. */
  onPickArea?(area: string): void;
}

/** A region's or a nation's name in the page's language (Wales is both a nation and its own region). */
export function areaName(area: string, tr: Translator): string {
  const region = `region.${slugify(area)}`;
  const name = tr.tx(region);
  return name === region ? tr.tx(`nation.${slugify(area)}`) : name;
}

function TotalsTable({ caption, totals, onPickArea }: { caption: string; totals: readonly AreaTotal[]; onPickArea?(area: string): void }) {
  const tr = useI18n();
  return (
    <table className="region-totals">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{tr.t('totals.area')}</th>
          <th scope="col">{tr.t('totals.partnerships')}</th>
          <th scope="col">{tr.t('totals.sharing')}</th>
          <th scope="col">{tr.t('totals.savings')}</th>
        </tr>
      </thead>
      <tbody>
        {totals.map((t) => (
          <tr key={t.area}>
            <th scope="row">
              {onPickArea ? (
                <button type="button" className="link-button" onClick={() => onPickArea(slugify(t.area))}>
                  {areaName(t.area, tr)}
                </button>
              ) : (
                areaName(t.area, tr)
              )}
            </th>
            <td>{tr.number(t.partnerships)}</td>
            <td>{tr.t('totals.sharingOf', { sharing: tr.number(t.councilsSharing), councils: tr.number(t.councils) })}</td>
            <td>{t.high > 0 ? tr.moneyRange(t.low, t.high) : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The totals once opened: worked out only when someone asks for them. */
function Totals({ data, shown, year, onPickArea }: RegionTotalsProps) {
  const tr = useI18n();
  const [selectors] = useState(createAreaSelectors);
  const { regions, nations } = selectors.areaTotals(data, shown, year);
  const nationNames = new Set(nations.map((n) => n.area));
  return (
    <>
      {onPickArea && <p className="hint">{tr.t('totals.pick')}</p>}
      <TotalsTable caption={tr.t('totals.byNation')} totals={nations} onPickArea={onPickArea} />
      <TotalsTable caption={tr.t('totals.byRegion')} totals={regions.filter((r) => !nationNames.has(r.area))} onPickArea={onPickArea} />
      <p className="hint">{tr.t('totals.note')}</p>
    </>
  );
}

/** The officer's view: partnerships, councils sharing and the share of yearly savings in each nation and region of England, for the partnerships shown. */
export function RegionTotals(props: RegionTotalsProps) {
  const tr = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details className="panel-section region-totals-section" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{tr.t('totals.title')}</summary>
      {open && <Totals {...props} />}
    </details>
  );
}

/** A council against its region: its partnerships, the region's average, and its place. */
export function CouncilAgainstRegion({ data, shown, year, code }: RegionTotalsProps & { code: string }) {
  const tr = useI18n();
  const [selectors] = useState(createAreaSelectors);
  const standing = selectors.againstRegion(data, shown, year, code);
  if (!standing) return null;
  return (
    <p className="council-against-region">
      {tr.t('council.againstRegion', {
        count: standing.count,
        region: areaName(standing.region, tr),
        mean: tr.number(Math.round(standing.regionMean * 10) / 10),
        rank: tr.number(standing.rank),
        of: tr.number(standing.of),
      })}
    </p>
  );
}
