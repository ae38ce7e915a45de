import type { AppData } from '../data/indexes';
import type { PartnershipSummary, Year } from '../shared/types';
import type { LonLat } from './links';
import { drawnCouncils, starHub } from './links';

// Partnerships of many councils are drawn as what they are: a group. A star
// of equal spokes from one hub says "this council works with each of these",
// which is wrong for a county-wide waste partnership or a national
// procurement body, and thirty wide spokes across Scotland hide everything
// else. Like the membership maps of the ONS and Datawrapper, a group is its
// members' areas (tinted on focus) and one mark; its spokes are drawn only
// when it is in focus. In the data, partnerships of two to four councils
// are mostly neighbours sharing a service, read well as lines (453 of 653);
// from five up they are county, regional or national bodies.

/** Partnerships with at least this many councils drawn are shown as a group. */
export const GROUP_MIN_COUNCILS = 5;

export interface MembershipGroup {
  partnership: PartnershipSummary;
  /** The councils drawn for the year. */
  members: string[];
  /** Where its one mark goes: on the lead council, else on the member nearest all the others. */
  mark: string;
  markPoint: LonLat;
}

export interface MembershipSplit {
  /** Drawn as links between councils. */
  linked: PartnershipSummary[];
  /** Drawn as groups. */
  groups: MembershipGroup[];
}

export function splitByMembership(shown: readonly PartnershipSummary[], year: Year | null, data: Pick<AppData, 'councilByCode'>): MembershipSplit {
  const pointOf = (code: string): LonLat => data.councilByCode.get(code)?.point ?? [0, 0];
  const linked: PartnershipSummary[] = [];
  const groups: MembershipGroup[] = [];
  for (const p of shown) {
    const members = drawnCouncils(p, year, data).filter((code) => data.councilByCode.has(code));
    if (members.length < GROUP_MIN_COUNCILS) {
      linked.push(p);
      continue;
    }
    const mark = starHub(members, p.lead && members.includes(p.lead) ? p.lead : null, pointOf);
    groups.push({ partnership: p, members, mark, markPoint: pointOf(mark) });
  }
  return { linked, groups };
}
