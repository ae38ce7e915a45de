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
 */
export function partnershipsOfCouncil(
  code: string,
  shown: readonly PartnershipSummary[],
  year: Year | null,
  data: Pick<AppData, 'councilByCode'>,
): PartnershipSummary[] {
  if (year != null) return shown.filter((p) => drawnCouncils(p, year, data).includes(code));
  const codes = new Set(withPredecessors(code, data));
  return shown.filter((p) => p.councils.some((c) => codes.has(c)));
}

/** The county a district belonged to in a year, so a click on it can offer both. */
export function countyOf(code: string, year: Year, data: Pick<AppData, 'councilByCode'>): string | null {
  const council = data.councilByCode.get(code);
  return council?.tier === 'lower' ? (countyIn(council, year) ?? null) : null;
}
