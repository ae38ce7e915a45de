import type { AppData } from '../data/indexes';
import { councilExistsIn, countyIn } from '../shared/councilYears';
import type { PartnershipSummary, Year } from '../shared/types';
import { drawnCouncils } from './links';
import { councilsStandingFor } from './years';

// Which shapes stand for a council on a year's map, and which partnerships
// a council is part of in the view shown.

/**
 * The lower-tier shapes that make up a council's area in a boundary year:
 * its own shape, a county's districts, or, for a council abolished by then,
 * its successors' areas.
 */
export function drawnArea(code: string, boundaryYear: Year, data: Pick<AppData, 'councilByCode' | 'councils'>): string[] {
  // Asked for every partner of every partnership on each focus: worked out once per council and year.
  let cache = areaCaches.get(data.councils);
  if (!cache) {
    cache = new Map();
    areaCaches.set(data.councils, cache);
  }
  const key = `${code}|${boundaryYear}`;
  let area = cache.get(key);
  if (!area) {
    area = findDrawnArea(code, boundaryYear, data);
    cache.set(key, area);
  }
  return area;
}

const areaCaches = new WeakMap<readonly unknown[], Map<string, string[]>>();

function findDrawnArea(code: string, boundaryYear: Year, data: Pick<AppData, 'councilByCode' | 'councils'>): string[] {
  const council = data.councilByCode.get(code);
  if (!council) return [];
  if (!councilExistsIn(council, boundaryYear)) {
    const standing = councilsStandingFor(code, boundaryYear, data).filter((c) => c !== code);
    return standing.flatMap((c) => drawnArea(c, boundaryYear, data));
  }
  if (council.type !== 'county') return [code];
  return data.councils.filter((c) => c.tier === 'lower' && councilExistsIn(c, boundaryYear) && countyIn(c, boundaryYear) === code).map((c) => c.code);
}

/** The council and every council it replaced, through each reorganisation. */
export function withPredecessors(code: string, data: Pick<AppData, 'councilByCode'>): string[] {
  const result = [code];
  for (let i = 0; i < result.length; i++) {
    for (const previous of data.councilByCode.get(result[i]!)?.predecessors ?? []) if (!result.includes(previous)) result.push(previous);
  }
  return result;
}

/**
 * A council's partnerships among those shown. In a year's view, those it
 * stood in that year (its own, and its predecessors' that it took on); over
 * all years, its own and its predecessors'.
 *
 * Asked on every click and every hover of a council, so it starts from the
 * index of each council's partnerships, not a scan of all shown. A council
 * stands in a year only for itself and its predecessors (the data build
 * writes predecessors as the inverse of successors), so their partnerships
 * hold every one it can stand in.
 */
export function partnershipsOfCouncil(
  code: string,
  shown: readonly PartnershipSummary[],
  year: Year | null,
  data: Pick<AppData, 'councilByCode' | 'partnerships' | 'partnershipsByCouncil'>,
): PartnershipSummary[] {
  const isShown = shownTest(shown, data.partnerships);
  const found = new Set<PartnershipSummary>();
  for (const member of withPredecessors(code, data)) {
    for (const p of data.partnershipsByCouncil.get(member) ?? []) {
      if (found.has(p) || !isShown(p)) continue;
      if (year != null && !drawnCouncils(p, year, data).includes(code)) continue;
      found.add(p);
    }
  }
  // In the order shown, as a scan would give them.
  const order = positions(data.partnerships);
  return [...found].sort((a, b) => order.get(a)! - order.get(b)!);
}

const shownSets = new WeakMap<readonly PartnershipSummary[], ReadonlySet<PartnershipSummary>>();
const positionMaps = new WeakMap<readonly PartnershipSummary[], ReadonlyMap<PartnershipSummary, number>>();

/** Whether a partnership is among those shown; the set is made once per list shown. */
function shownTest(shown: readonly PartnershipSummary[], all: readonly PartnershipSummary[]): (p: PartnershipSummary) => boolean {
  if (shown === all) return () => true;
  let set = shownSets.get(shown);
  if (!set) {
    set = new Set(shown);
    shownSets.set(shown, set);
  }
  return (p) => set.has(p);
}

function positions(all: readonly PartnershipSummary[]): ReadonlyMap<PartnershipSummary, number> {
  let map = positionMaps.get(all);
  if (!map) {
    map = new Map(all.map((p, i) => [p, i]));
    positionMaps.set(all, map);
  }
  return map;
}

/** The county a district belonged to in a year, so a click on it can offer both. */
export function countyOf(code: string, year: Year, data: Pick<AppData, 'councilByCode'>): string | null {
  const council = data.councilByCode.get(code);
  return council?.tier === 'lower' ? (countyIn(council, year) ?? null) : null;
}
