import type { AppData } from '../data/indexes';
import type { PartnershipSummary, SavingsEstimate, Year } from '../shared/types';
import type { LinkGroup } from './linkGrouping';
import { countyOf, partnershipsOfCouncil } from './areas';
import { drawnCouncils } from './links';
import { councilSummary } from './stats';
import { boundaryYearFor } from './years';

// What the map's tooltip says about the thing under the pointer, as facts
// (codes, counts, sums); the words and markup are the UI's (MapTooltip.tsx).

/** What the pointer can be over: a council's shape, a partnership's link, a group of links, or a cluster of groups' marks. */
export type TooltipTarget =
  | { kind: 'council'; code: string }
  | { kind: 'link'; link: { partnership: PartnershipSummary } }
  | { kind: 'group'; group: LinkGroup }
  | { kind: 'cluster'; marks: readonly { partnership: PartnershipSummary }[] };

/** A sum of yearly savings; null when none of the partnerships counted gives a figure. */
export type SavingsRange = { low: number; high: number } | null;

export type TooltipFacts =
  | { kind: 'group'; count: number; services: readonly string[]; savings: SavingsRange }
  | { kind: 'cluster'; partnerships: { name: string; services: readonly string[] }[] }
  | {
      kind: 'link';
      name: string;
      councils: readonly string[];
      services: readonly string[];
      estimate: SavingsEstimate | null;
      /** Its status and years, said apart ("Active, as of 2024 · since 2015"). */
      years: Pick<PartnershipSummary, 'status' | 'statusAsOf' | 'startYear' | 'endYear'>;
    }
  | { kind: 'council'; code: string; county: string | null; partnerships: number; services: readonly string[]; savings: SavingsRange };

/**
 * The facts for one target, in the year shown: a council counts only the
 * partnerships shown (the filters apply), a link names the councils drawn
 * that year.
 */
export function tooltipFacts(
  target: TooltipTarget,
  data: Pick<AppData, 'councilByCode' | 'partnerships' | 'partnershipsByCouncil'>,
  shown: readonly PartnershipSummary[],
  year: Year | null,
): TooltipFacts {
  if (target.kind === 'group') {
    const g = target.group;
    return { kind: 'group', count: g.count, services: [...g.services], savings: g.count > g.unknown ? { low: g.low, high: g.high } : null };
  }
  if (target.kind === 'cluster') {
    const partnerships = target.marks.map(({ partnership: p }) => ({ name: p.name, services: p.services }));
    return { kind: 'cluster', partnerships: partnerships.sort((a, b) => a.name.localeCompare(b.name)) };
  }
  if (target.kind === 'link') {
    const p = target.link.partnership;
    const years = { status: p.status, statusAsOf: p.statusAsOf, startYear: p.startYear, endYear: p.endYear };
    return { kind: 'link', name: p.name, councils: drawnCouncils(p, year, data), services: p.services, estimate: p.estimate, years };
  }
  const own = partnershipsOfCouncil(target.code, shown, year, data);
  const s = councilSummary(own);
  return {
    kind: 'council',
    code: target.code,
    county: countyOf(target.code, boundaryYearFor(year), data),
    partnerships: own.length,
    services: [...new Set(own.flatMap((p) => p.services))],
    savings: s.count > s.unknown ? { low: s.low, high: s.high } : null,
  };
}
