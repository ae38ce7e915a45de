import type { AppData } from '../data/indexes';
import type { PartnershipSummary, Year } from '../shared/types';
import { drawnCouncils } from './links';
import { memberCount, shareOf } from './savingsShare';
import { boundaryYearFor } from './years';

// The officer's view: how much sharing there is in each region and nation,
// and how one council compares with the others of its region. A partnership
// that spans regions counts once in each region it has a council in; its
// savings count by council share, so a region's savings are what its own
// councils' shares add up to, and regions add up to the national total.

export interface AreaTotal {
  area: string;
  /** Partnerships with at least one council in the area. */
  partnerships: number;
  /** Councils of the area (drawn for the year) in at least one of them. */
  councilsSharing: number;
  /** Councils of the area drawn for the year. */
  councils: number;
  /** The area's councils' shares of the yearly estimates. */
  low: number;
  high: number;
}

type Grouping = 'region' | 'nation';

function emptyTotal(area: string): AreaTotal {
  return { area, partnerships: 0, councilsSharing: 0, councils: 0, low: 0, high: 0 };
}

/** Totals by region or nation, for the partnerships shown, on the year's boundaries; in the order of data.areas. */
export function areaTotals(
  shown: readonly PartnershipSummary[],
  year: Year | null,
  by: Grouping,
  drawn: readonly string[],
  data: Pick<AppData, 'councilByCode' | 'areas'>,
): AreaTotal[] {
  const boundaryYear = boundaryYearFor(year);
  const areaOf = (code: string) => {
    const council = data.councilByCode.get(code);
    return council ? (by === 'region' ? council.region : council.nation) : null;
  };
  const order = by === 'region' ? data.areas.flatMap((a) => a.regions) : data.areas.map((a) => a.nation);
  const totals = new Map(order.map((area) => [area, emptyTotal(area)]));
  const sharing = new Map<string, Set<string>>();
  for (const code of drawn) {
    const area = areaOf(code);
    if (area) (totals.get(area) ?? totals.set(area, emptyTotal(area)).get(area)!).councils++;
  }
  for (const p of shown) {
    const councils = drawnCouncils(p, boundaryYear, data);
    const share = p.estimate ? shareOf(p.estimate, memberCount(p, boundaryYear, data)) : null;
    const areas = new Set<string>();
    for (const code of councils) {
      const area = areaOf(code);
      if (!area) continue;
      const total = totals.get(area) ?? totals.set(area, emptyTotal(area)).get(area)!;
      areas.add(area);
      (sharing.get(area) ?? sharing.set(area, new Set()).get(area)!).add(code);
      if (share) {
        total.low += share.low;
        total.high += share.high;
      }
    }
    for (const area of areas) totals.get(area)!.partnerships++;
  }
  for (const [area, codes] of sharing) totals.get(area)!.councilsSharing = codes.size;
  return [...totals.values()].filter((t) => t.councils > 0 || t.partnerships > 0);
}

export interface CouncilAgainstRegion {
  region: string;
  /** The council's partnerships shown. */
  count: number;
  /** The mean over the region's councils drawn for the year (those in none count as 0). */
  regionMean: number;
  /** Where the council stands: 1 is the most partnerships in its region. */
  rank: number;
  of: number;
}

/** A council's number of partnerships against the other councils of its region. */
export function councilAgainstRegion(
  code: string,
  countByCouncil: ReadonlyMap<string, number>,
  drawn: readonly string[],
  data: Pick<AppData, 'councilByCode'>,
): CouncilAgainstRegion | null {
  const region = data.councilByCode.get(code)?.region;
  if (!region) return null;
  const peers = drawn.filter((c) => data.councilByCode.get(c)?.region === region);
  if (!peers.includes(code)) return null;
  const counts = peers.map((c) => countByCouncil.get(c) ?? 0);
  const count = countByCouncil.get(code) ?? 0;
  return {
    region,
    count,
    regionMean: counts.reduce((a, b) => a + b, 0) / peers.length,
    rank: 1 + counts.filter((n) => n > count).length,
    of: peers.length,
  };
}
