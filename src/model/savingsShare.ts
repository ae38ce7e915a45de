import type { AppData } from '../data/indexes';
import type { PartnershipSummary, SavingsEstimate, Year } from '../shared/types';
import { drawnCouncils } from './links';

// A partnership's yearly savings, shared out among its councils. A national
// body of thirty councils saving £10m a year saves each of them about
// £330,000; counting the whole £10m against every member would make it
// outweigh every local partnership, and a region's total would count it
// thirty times. So wherever savings are added up by council (a council's
// total, the areas map, a region's total) each council counts its share: the
// estimate divided equally among the councils drawn for that year. Equal
// shares are an assumption (sources rarely say how savings fall); the panel
// and the key say so.

export interface SavingsShare {
  low: number;
  high: number;
}

/** One council's equal share of an estimate shared by `members` councils. */
export function shareOf(estimate: SavingsEstimate, members: number): SavingsShare {
  const n = Math.max(1, members);
  return { low: estimate.low / n, high: estimate.high / n };
}

/** How many councils a partnership is shared among in a year (as drawn, successors standing for the abolished). */
export function memberCount(p: PartnershipSummary, year: Year | null, data: Pick<AppData, 'councilByCode'>): number {
  return drawnCouncils(p, year, data).length;
}

export interface CouncilSavings extends SavingsShare {
  /** Partnerships with a yearly estimate, whose shares make up low and high. */
  withEstimate: number;
  /** Partnerships with no yearly estimate (no figure, or no period). */
  without: number;
}

/** A council's share of the yearly savings of its partnerships. */
export function councilSavings(partnerships: readonly PartnershipSummary[], year: Year | null, data: Pick<AppData, 'councilByCode'>): CouncilSavings {
  const total: CouncilSavings = { low: 0, high: 0, withEstimate: 0, without: 0 };
  for (const p of partnerships) {
    if (!p.estimate) {
      total.without++;
      continue;
    }
    const share = shareOf(p.estimate, memberCount(p, year, data));
    total.low += share.low;
    total.high += share.high;
    total.withEstimate++;
  }
  return total;
}
