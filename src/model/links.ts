import type { AppData } from '../data/indexes';
import type { PartnershipSummary, Year } from '../shared/types';
import { partnershipLinkWidth } from './linkWidth';
import { councilsStandingFor, membersInYear } from './years';

// Partnerships as links between councils' attachment points. Two councils
// make one link; more make a star from the lead council (or, with none
// named, the partner nearest the others), so a nine-council partnership
// draws nine spokes, not thirty-six lines. Links between the same two
// councils are bent apart so none hides another.

export type LonLat = readonly [number, number];

export interface Link {
  /** Unique: partnership id and the two council codes. */
  key: string;
  partnership: PartnershipSummary;
  /** Council codes as drawn in the year shown, ordered so that a < b. */
  a: string;
  b: string;
  pointA: LonLat;
  pointB: LonLat;
  /** Service areas in taxonomy order: one colour, or stripes of several. */
  services: readonly string[];
  /** Line width in CSS pixels, from the yearly savings per council (see linkWidth.ts). */
  width: number;
  /** How many councils the partnership has drawn in the year: five or more make it a group (membership.ts). */
  members: number;
  /** Unknown savings: drawn thin and dashed. */
  unknownSavings: boolean;
  /**
   * Sideways bend as a share of the link's length, perpendicular to a→b:
   * 0 is straight; links sharing a pair get symmetric bends.
   */
  bend: number;
  /** The hub of a star (the lead council), when the partnership has more than two councils. */
  hub: string | null;
}

/** Bend between neighbouring links of the same pair of councils. */
const BEND_STEP = 0.16;

function distance(p: LonLat, q: LonLat): number {
  const k = Math.cos(((p[1] + q[1]) / 2) * (Math.PI / 180));
  return Math.hypot((p[0] - q[0]) * k, p[1] - q[1]);
}

/** The council to draw a star from: the lead if it is drawn, else the one nearest all the others. */
export function starHub(codes: readonly string[], lead: string | null, pointOf: (code: string) => LonLat): string {
  if (lead && codes.includes(lead)) return lead;
  // Each point looked up once: a partnership of n councils compares n² pairs.
  const points = codes.map(pointOf);
  let best = 0;
  let bestTotal = Infinity;
  for (let i = 0; i < points.length; i++) {
    let total = 0;
    for (const other of points) total += distance(points[i]!, other);
    if (total < bestTotal - 1e-12) {
      best = i;
      bestTotal = total;
    }
  }
  return codes[best]!;
}

/** The councils drawn for a partnership in a year (or, with no year, as it started). */
export function drawnCouncils(p: PartnershipSummary, year: Year | null, data: Pick<AppData, 'councilByCode'>): string[] {
  const members = membersInYear(p, year);
  if (year == null) return members;
  const drawn: string[] = [];
  for (const code of members) for (const standing of councilsStandingFor(code, year, data)) if (!drawn.includes(standing)) drawn.push(standing);
  return drawn;
}

/** The links of the partnerships shown, from the links of all of them (built once per year). */
export function linksOf(all: readonly Link[], shown: readonly PartnershipSummary[]): Link[] {
  if (shown.length === 0) return [];
  const ids = new Set(shown.map((p) => p.id));
  return all.filter((link) => ids.has(link.partnership.id));
}

export function buildLinks(
  partnerships: readonly PartnershipSummary[],
  year: Year | null,
  data: Pick<AppData, 'councilByCode' | 'serviceOrder'>,
  widthScale: (value: number) => number,
): Link[] {
  const pointOf = (code: string): LonLat => data.councilByCode.get(code)?.point ?? [0, 0];
  const links: Link[] = [];
  for (const p of partnerships) {
    const codes = drawnCouncils(p, year, data).filter((code) => data.councilByCode.has(code));
    if (codes.length < 2) continue;
    const lead = p.lead ? (year == null ? p.lead : councilsStandingFor(p.lead, year, data)[0] ?? null) : null;
    const hub = starHub(codes, lead, pointOf);
    const services = [...p.services].sort((x, y) => (data.serviceOrder.get(x) ?? 99) - (data.serviceOrder.get(y) ?? 99));
    const width = partnershipLinkWidth(p, widthScale, codes.length);
    const pairs = codes.length === 2 ? [[codes[0]!, codes[1]!]] : codes.filter((c) => c !== hub).map((c) => [hub, c]);
    for (const [x, y] of pairs) {
      const [a, b] = x! < y! ? [x!, y!] : [y!, x!];
      links.push({
        key: `${p.id}:${a}:${b}`,
        partnership: p,
        a,
        b,
        pointA: pointOf(a),
        pointB: pointOf(b),
        services,
        width,
        members: codes.length,
        unknownSavings: !p.estimate,
        bend: 0,
        hub: codes.length > 2 ? hub : null,
      });
    }
  }
  assignBends(links);
  return links;
}

/** Each partnership's links, by partnership id. */
export function linksByPartnership(links: readonly Link[]): Map<string, Link[]> {
  const byId = new Map<string, Link[]>();
  for (const link of links) {
    const list = byId.get(link.partnership.id);
    if (list) list.push(link);
    else byId.set(link.partnership.id, [link]);
  }
  return byId;
}

/** Spread links that join the same two councils symmetrically about the straight line. */
export function assignBends(links: Link[]): void {
  const byPair = new Map<string, Link[]>();
  for (const link of links) {
    const pair = `${link.a}|${link.b}`;
    const list = byPair.get(pair);
    if (list) list.push(link);
    else byPair.set(pair, [link]);
  }
  for (const group of byPair.values()) {
    if (group.length === 1) continue;
    // A stable order, so a link keeps its bend (a plain comparison: this runs over every link).
    group.sort((x, y) => (x.partnership.id < y.partnership.id ? -1 : x.partnership.id > y.partnership.id ? 1 : 0));
    const middle = (group.length - 1) / 2;
    group.forEach((link, i) => (link.bend = (i - middle) * BEND_STEP));
  }
}
