import type { AppData } from '../data/indexes';
import type { PartnershipSummary, Year } from '../shared/types';
import { drawnArea } from './areas';
import type { Link, LonLat } from './links';
import { drawnCouncils, starHub } from './links';
import { sqrtScale } from './linkWidth';
import { boundaryYearFor } from './years';

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

/** Radii of a group's mark, in CSS pixels, from five members to forty or more: modest, so a mark never hides a county. */
export const MARK_RADIUS_RANGE: readonly [number, number] = [4.5, 9];
const markRadiusScale = sqrtScale([GROUP_MIN_COUNCILS, 40], MARK_RADIUS_RANGE);

/** A group's one mark on the map, for the link layer to draw: where, how large, and a spoke that stands for it. */
export interface GroupMark {
  partnership: PartnershipSummary;
  /** The council it sits on (its star's hub) and that council's point. */
  code: string;
  point: LonLat;
  radius: number;
  services: readonly string[];
  /** One of its links, so the pointer over the mark works as over a link (tooltip, open). */
  link: Link;
  /** Its members' extent, [west, south, east, north], to zoom to. */
  box: [number, number, number, number];
}

/** Whether a link belongs to a partnership drawn as a group (its spokes show only in focus). */
export function isGroupLink(link: Pick<Link, 'members'>): boolean {
  return link.members >= GROUP_MIN_COUNCILS;
}

/** The links drawn as lines, and one mark for each partnership drawn as a group; one pass over the links. */
export function partitionLinks(links: readonly Link[]): { lines: Link[]; marks: GroupMark[] } {
  const lines: Link[] = [];
  const marks = new Map<string, GroupMark>();
  for (const link of links) {
    if (!isGroupLink(link)) {
      lines.push(link);
      continue;
    }
    const p = link.partnership;
    let mark = marks.get(p.id);
    if (!mark) {
      if (link.hub == null) continue;
      const point = link.a === link.hub ? link.pointA : link.pointB;
      mark = { partnership: p, code: link.hub, point, radius: markRadiusScale(link.members), services: link.services, link, box: [point[0], point[1], point[0], point[1]] };
      marks.set(p.id, mark);
    }
    const { box } = mark;
    for (const [lon, lat] of [link.pointA, link.pointB]) {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  }
  return { lines, marks: [...marks.values()] };
}

/**
 * The council areas a group's members fill, tinted in its service colour
 * when it is hovered or open (the shapes of the boundary year; a county's
 * are its districts'); null for a partnership drawn as links.
 */
export function groupArea(p: PartnershipSummary, year: Year | null, data: Pick<AppData, 'councilByCode' | 'councils'>): string[] | null {
  const members = drawnCouncils(p, year, data).filter((code) => data.councilByCode.has(code));
  if (members.length < GROUP_MIN_COUNCILS) return null;
  const boundaryYear = boundaryYearFor(year);
  return [...new Set(members.flatMap((code) => drawnArea(code, boundaryYear, data)))];
}

/** How a group's area is tinted while it is hovered or open: its areas, in the colour of its first service area (in taxonomy order). */
export function groupTint(
  p: PartnershipSummary | null,
  year: Year | null,
  data: Pick<AppData, 'councilByCode' | 'councils' | 'serviceOrder'>,
  colour: (serviceId: string) => string,
): { codes: ReadonlySet<string>; colour: string } | null {
  const area = p ? groupArea(p, year, data) : null;
  if (!p || !area) return null;
  const first = [...p.services].sort((x, y) => (data.serviceOrder.get(x) ?? 99) - (data.serviceOrder.get(y) ?? 99))[0];
  return { codes: new Set(area), colour: colour(first ?? '') };
}
