import type { AppData } from '../data/indexes';
import { councilExistsIn } from '../shared/councilYears';
import type { PartnershipSummary, Year } from '../shared/types';
import { FIRST_BOUNDARY_YEAR, LAST_BOUNDARY_YEAR } from '../shared/types';

// What a partnership looked like in a given year: whether it ran, which
// councils were in it, and which council stood for each on that year's map.

/** The boundaries drawn for a year: the nearest year the ONS data covers. */
export function boundaryYearFor(year: Year | null): Year {
  if (year == null) return LAST_BOUNDARY_YEAR;
  return Math.min(LAST_BOUNDARY_YEAR, Math.max(FIRST_BOUNDARY_YEAR, year));
}

/**
 * Whether a partnership ran in a year. One with no known start year cannot
 * be placed in a single year, so it is left out of year views (and counted
 * apart by the summary); one that ended without a known end year is kept.
 */
export function activeInYear(p: PartnershipSummary, year: Year): boolean {
  if (p.startYear == null || p.startYear > year) return false;
  return p.endYear == null || p.endYear >= year;
}

/** The partnership's councils in a year: those that had joined and not yet left. */
export function membersInYear(p: PartnershipSummary, year: Year | null): string[] {
  if (year == null || !p.membershipChanges?.length) return p.councils;
  return p.councils.filter((code) => {
    const change = p.membershipChanges!.find((c) => c.council === code);
    if (!change) return true;
    if (change.joined != null && change.joined > year) return false;
    if (change.left != null && change.left < year) return false;
    return true;
  });
}

/**
 * The councils that stood for this one in a year: itself while it existed,
 * else its successors (followed through later reorganisations: Taunton Deane
 * → Somerset West and Taunton → Somerset Council), else itself.
 */
export function councilsStandingFor(code: string, year: Year, data: Pick<AppData, 'councilByCode'>): string[] {
  const council = data.councilByCode.get(code);
  const abolished = council != null && council.lastYear != null && year > council.lastYear;
  if (!council || councilExistsIn(council, year) || !abolished || !council.successors?.length) return [code];
  const result: string[] = [];
  for (const successor of council.successors) {
    for (const standing of councilsStandingFor(successor, year, data)) if (!result.includes(standing)) result.push(standing);
  }
  return result.length ? result : [code];
}
