import type { LinkGroup } from '../model/linkGrouping';
import type { Link } from '../model/links';
import type { GroupMark } from '../model/membership';

// The lines the link layer draws, projected to layer pixels: one per link,
// or one per group of links when zoomed out (see model/linkGrouping.ts).
// Widths come from the model (model/linkWidth.ts); this file only places.

/** A link, a group of links (zoomed out), or a cluster of groups' marks that would overlap (groupMarks.ts). */
export type LinkHit = { kind: 'link'; link: Link } | { kind: 'group'; group: LinkGroup } | { kind: 'cluster'; marks: readonly GroupMark[] };

/** A point in layer pixels. */
export interface PixelPoint {
  x: number;
  y: number;
}

/** A line to draw, projected to layer pixels: one link, or one group of them. */
export interface Drawable {
  hit: LinkHit;
  /** Partnership ids it stands for. */
  ids: readonly string[];
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Control point of the quadratic curve (the midpoint when straight). */
  cx: number;
  cy: number;
  straight: boolean;
  width: number;
  dashed: boolean;
  /** Its savings are a target or projection, not reported as achieved: drawn hollow. */
  target?: boolean;
  services: readonly string[];
  /** Council codes at the ends, for the endpoint dots (cells for groups). */
  endA: string;
  endB: string;
  /** Set for a group's one mark (groupMarks.ts), a point drawn as a ring of this radius. */
  markRadius?: number;
}

/** A layer-pixel box: [minX, minY, maxX, maxY]. */
export type PixelBox = readonly [number, number, number, number];

/** A link as a line between its councils' points, bent sideways by its bend. */
export function linkDrawable(link: Link, pointOf: (code: string, lonLat: readonly [number, number]) => PixelPoint): Drawable {
  const a = pointOf(link.a, link.pointA);
  const b = pointOf(link.b, link.pointB);
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  // Perpendicular to a→b, scaled by the bend; a fixed a<b order keeps bends consistent.
  return {
    hit: { kind: 'link', link },
    ids: [link.partnership.id],
    x0: a.x,
    y0: a.y,
    x1: b.x,
    y1: b.y,
    cx: (a.x + b.x) / 2 - dy * link.bend,
    cy: (a.y + b.y) / 2 + dx * link.bend,
    straight: link.bend === 0,
    width: link.width,
    dashed: link.unknownSavings,
    target: link.partnership.figure === 'target' && !link.unknownSavings,
    services: link.services,
    endA: link.a,
    endB: link.b,
  };
}

/** A group as a straight line between its cells' points. */
export function groupDrawable(group: LinkGroup, width: number, pointOf: (lonLat: readonly [number, number]) => PixelPoint): Drawable {
  const a = pointOf(group.pointA);
  const b = pointOf(group.pointB);
  const [endA, endB] = group.key.split('|') as [string, string];
  return {
    hit: { kind: 'group', group },
    ids: group.partnershipIds,
    x0: a.x,
    y0: a.y,
    x1: b.x,
    y1: b.y,
    cx: (a.x + b.x) / 2,
    cy: (a.y + b.y) / 2,
    straight: true,
    width,
    dashed: false,
    services: group.services,
    endA,
    endB,
  };
}

/** The lines that may show in a box: a quadratic curve lies inside the triangle of its ends and control point. */
export function linesMeeting(items: readonly Drawable[], [minX, minY, maxX, maxY]: PixelBox): Drawable[] {
  return items.filter((d) => {
    const reach = d.width;
    const left = Math.min(d.x0, d.x1, d.cx) - reach;
    const right = Math.max(d.x0, d.x1, d.cx) + reach;
    const top = Math.min(d.y0, d.y1, d.cy) - reach;
    const bottom = Math.max(d.y0, d.y1, d.cy) + reach;
    return right >= minX && left <= maxX && bottom >= minY && top <= maxY;
  });
}

/** The corners of the triangles the lines lie in (ends and control points). */
export function lineCorners(items: readonly Drawable[]): [number, number][] {
  return items.flatMap((d): [number, number][] => [
    [d.x0, d.y0],
    [d.x1, d.y1],
    [d.cx, d.cy],
  ]);
}

/**
 * The largest share of the painted area that one partnership's lines (or
 * one group's) take of all the lines given: each line's length times its
 * width with casing, a mark its disc. The first view is checked by it (no
 * single partnership should take more than a tenth of what all take).
 */
export function largestStrokeShare(items: readonly Drawable[], casingWidth: (width: number) => number): number {
  const byOwner = new Map<string, number>();
  let total = 0;
  for (const d of items) {
    const chord = Math.hypot(d.x1 - d.x0, d.y1 - d.y0);
    // A quadratic curve's length lies between its chord and its control polygon.
    const length = d.straight ? chord : (chord + Math.hypot(d.cx - d.x0, d.cy - d.y0) + Math.hypot(d.x1 - d.cx, d.y1 - d.cy)) / 2;
    const area = d.markRadius != null ? Math.PI * d.markRadius ** 2 : length * casingWidth(d.width);
    const owner = d.ids.length === 1 ? d.ids[0]! : `group:${d.endA}|${d.endB}`;
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + area);
    total += area;
  }
  return total > 0 ? Math.max(...byOwner.values()) / total : 0;
}
