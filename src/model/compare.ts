import type { AppData } from '../data/indexes';
import type { PartnershipSummary, Year } from '../shared/types';
import { partnershipsOfCouncil } from './areas';
import { drawnCouncils } from './links';
import { councilSavings, type CouncilSavings } from './savingsShare';

// Councils side by side: the partnerships two or more of them share, and for
// each council its own partnerships by service area, with whom and its share
// of their savings. Over the partnerships the filters let through, so the
// comparison says the same as the map.

/** A partnership that two or more of the compared councils are in. */
export interface SharedPartnership {
  partnership: PartnershipSummary;
  /** The compared councils in it, in the order compared. */
  councils: string[];
}

/** One service area's partnerships of a council. */
export interface ServicePartnerships {
  service: string;
  partnerships: PartnershipSummary[];
}

export interface CouncilComparison {
  code: string;
  /** All its partnerships shown, in the order shown. */
  partnerships: PartnershipSummary[];
  /** Its partnerships by service area, in the taxonomy's order; a partnership of several areas is in each. */
  byService: ServicePartnerships[];
  /** The other councils it shares with (any partnership), each once. */
  partners: string[];
  /** Its equal share of its partnerships' yearly savings. */
  savings: CouncilSavings;
}

export interface Comparison {
  shared: SharedPartnership[];
  councils: CouncilComparison[];
}

type Data = Pick<AppData, 'councilByCode' | 'partnerships' | 'partnershipsByCouncil' | 'services'>;

function byServiceOf(partnerships: readonly PartnershipSummary[], serviceIds: readonly string[]): ServicePartnerships[] {
  return serviceIds
    .map((service) => ({ service, partnerships: partnerships.filter((p) => p.services.includes(service)) }))
    .filter((entry) => entry.partnerships.length > 0);
}

function partnersOf(code: string, partnerships: readonly PartnershipSummary[], year: Year | null, data: Data): string[] {
  const partners = new Set<string>();
  for (const p of partnerships) for (const other of drawnCouncils(p, year, data)) if (other !== code) partners.add(other);
  return [...partners];
}

/** The comparison of `codes` over the partnerships `shown` in `year`. */
export function compareCouncils(codes: readonly string[], shown: readonly PartnershipSummary[], year: Year | null, data: Data): Comparison {
  const serviceIds = data.services.map((s) => s.id);
  const councils = codes
    .filter((code) => data.councilByCode.has(code))
    .map((code): CouncilComparison => {
      const partnerships = partnershipsOfCouncil(code, shown, year, data);
      return {
        code,
        partnerships,
        byService: byServiceOf(partnerships, serviceIds),
        partners: partnersOf(code, partnerships, year, data),
        savings: councilSavings(partnerships, year, data),
      };
    });
  const membersOf = new Map<PartnershipSummary, string[]>();
  for (const council of councils) {
    for (const p of council.partnerships) {
      const members = membersOf.get(p);
      if (members) members.push(council.code);
      else membersOf.set(p, [council.code]);
    }
  }
  const shared = [...membersOf]
    .filter(([, members]) => members.length >= 2)
    .map(([partnership, members]) => ({ partnership, councils: members }))
    // Those shared by most of the compared councils first, then by name.
    .sort((a, b) => b.councils.length - a.councils.length || a.partnership.name.localeCompare(b.partnership.name));
  return { shared, councils };
}
