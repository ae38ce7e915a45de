import L from 'leaflet';
import { clusterMarks } from '../model/markClusters';
import type { GroupMark } from '../model/membership';
import type { Drawable, PixelPoint } from './linkDrawables';
import { NUMBER_FILL, type MarkLook, type MarkStamps } from './markStamps';
import { CASING, ENDPOINT_FILL } from './palette';

// The one mark of a partnership of many councils (model/membership.ts): a
// ring in its service colour on the council it sits on, with a white core
// so it reads as "a group here", not as one more council dot. It is a
// Drawable of no length whose width is its diameter, so the link layer
// culls it and the hit test finds it as it does a line, and the pointer over
// it works as over the partnership's links.

/**
 * How large marks are drawn at a zoom: at the whole UK (zoom 5 to 6) some
 * two hundred groups share the map, and at full size their rings were a
 * cloud over England's lines; from zoom 8, where a county fills the frame,
 * full size. Between, in proportion.
 */
export function markScaleAt(zoom: number): number {
  const [smallAt, fullAt, smallest] = [5.5, 8, 0.6];
  const t = Math.min(1, Math.max(0, (zoom - smallAt) / (fullAt - smallAt)));
  return smallest + (1 - smallest) * t;
}

/** A mark placed in layer pixels, its radius scaled by `scale` (markScaleAt the map's zoom). */
export function markDrawable(mark: GroupMark, pointOf: (code: string, lonLat: readonly [number, number]) => PixelPoint, scale = 1): Drawable {
  const { x, y } = pointOf(mark.code, mark.point);
  const radius = mark.radius * scale;
  return {
    hit: { kind: 'link', link: mark.link },
    ids: [mark.partnership.id],
    x0: x,
    y0: y,
    x1: x,
    y1: y,
    cx: x,
    cy: y,
    straight: true,
    width: radius * 2,
    dashed: false,
    services: mark.services,
    endA: mark.code,
    endB: mark.code,
    markRadius: radius,
  };
}

/** A cluster's radius for its number of marks, at a zoom's scale: room for its number, a little larger for more. */
export function clusterRadius(count: number, scale: number): number {
  return (8 + 1.2 * Math.sqrt(count)) * (0.5 + scale / 2);
}

/**
 * The marks placed, those whose discs would overlap at this scale merged
 * into one cluster each (model/markClusters.ts). A cluster is for the
 * pointer and the eye: keyboard and screen-reader users reach every
 * partnership in it through the list, the table and the search.
 */
export function markDrawables(marks: readonly GroupMark[], pointOf: (code: string, lonLat: readonly [number, number]) => PixelPoint, scale = 1): Drawable[] {
  const discs = marks.map((mark) => {
    const d = markDrawable(mark, pointOf, scale);
    return { x: d.x0, y: d.y0, r: d.markRadius!, d, mark };
  });
  return clusterMarks(discs, (count) => clusterRadius(count, scale)).map(({ x, y, r, items }): Drawable => {
    if (items.length === 1) return items[0]!.d;
    const cell = `cluster:${x},${y}`;
    const ids = items.map((i) => i.mark.partnership.id);
    const services = items.flatMap((i) => i.mark.services);
    const hit = { kind: 'cluster' as const, marks: items.map((i) => i.mark) };
    return { hit, ids, x0: x, y0: y, x1: x, y1: y, cx: x, cy: y, straight: true, width: r * 2, dashed: false, services, endA: cell, endB: cell, markRadius: r };
  });
}

/** Each cluster's shares, kept while its marks (made once per zoom, markClustersByZoom.ts) and the colours stay. */
const sharesOf = new WeakMap<readonly GroupMark[], { colour: (serviceId: string) => string; shares: Map<string, number> }>();

/** The size of a cluster's number for its radius (px). */
export const numberSize = (radius: number) => Math.round(radius * 0.68 * 1.25);

/** The sizes of most clusters' numbers, at every zoom: up to some ninety marks a cluster. */
export const COMMON_NUMBER_SIZES = [7, 8, 9, 10, 11, 12, 13, 14, 15, 16];

/** A cluster's share of each colour: each partnership counts once in each of its colours. */
function colourShares(marks: readonly GroupMark[], colour: (serviceId: string) => string): Map<string, number> {
  const kept = sharesOf.get(marks);
  if (kept?.colour === colour) return kept.shares;
  const counts = new Map<string, number>();
  for (const m of marks) for (const c of new Set(m.services.map(colour))) counts.set(c, (counts.get(c) ?? 0) + 1);
  sharesOf.set(marks, { colour, shares: counts });
  return counts;
}

/**
 * Clusters: each a ring of its partnerships' colours, in proportion, round
 * its number. Drawn in batches like the single marks (drawMarks): one path
 * for each colour's wedges over all clusters, one for the edges, one for the
 * cores, and their numbers stamped (markStamps.ts) or, without `stamps`,
 * set with the font set once for each size, since a zoom's last frame at
 * 10,000 partnerships draws hundreds of clusters.
 */
function drawClusters(ctx: CanvasRenderingContext2D, clusters: readonly Drawable[], grow: number, colour: (serviceId: string) => string, stamps?: MarkStamps): void {
  const wedges = new Map<string, [x: number, y: number, r: number, from: number, to: number][]>();
  const numbers = new Map<number, [text: string, x: number, y: number][]>();
  for (const d of clusters) {
    const marks = d.hit.kind === 'cluster' ? d.hit.marks : [];
    const r = d.markRadius! + grow;
    const shares = colourShares(marks, colour);
    const total = [...shares.values()].reduce((a, b) => a + b, 0);
    let angle = -Math.PI / 2;
    for (const [c, n] of shares) {
      const end = angle + (Math.PI * 2 * n) / total;
      const list = wedges.get(c) ?? wedges.set(c, []).get(c)!;
      list.push([d.x0, d.y0, r, angle, end]);
      angle = end;
    }
    const size = numberSize(r);
    (numbers.get(size) ?? numbers.set(size, []).get(size)!).push([String(marks.length), d.x0, d.y0 + 0.5]);
  }
  for (const [c, list] of wedges) {
    ctx.beginPath();
    for (const [x, y, r, from, to] of list) {
      ctx.moveTo(x, y);
      ctx.arc(x, y, r, from, to);
      ctx.closePath();
    }
    ctx.fillStyle = c;
    ctx.fill();
  }
  const circles = (radius: (r: number) => number) => {
    ctx.beginPath();
    for (const d of clusters) {
      const r = radius(d.markRadius! + grow);
      ctx.moveTo(d.x0 + r, d.y0);
      ctx.arc(d.x0, d.y0, r, 0, Math.PI * 2);
    }
  };
  circles((r) => r);
  ctx.strokeStyle = CASING;
  ctx.lineWidth = 1.5;
  ctx.stroke();
  circles((r) => r * 0.68);
  ctx.fillStyle = ENDPOINT_FILL;
  ctx.fill();
  if (stamps?.available()) {
    for (const [size, list] of numbers) for (const [text, x, y] of list) stamps.stampNumber(ctx, text, size, x, y);
    return;
  }
  ctx.fillStyle = NUMBER_FILL;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const [size, list] of numbers) {
    ctx.font = `bold ${size}px sans-serif`;
    for (const [text, x, y] of list) ctx.fillText(text, x, y);
  }
}

/**
 * Where a click on a cluster zooms: to its partnerships' members; where they
 * span more than the map shows already (a national body), to the councils
 * its marks sit on; null when neither would zoom in (the marks share a
 * council, or the map is zoomed in as far as it goes).
 */
export function clusterBounds(map: L.Map, marks: readonly GroupMark[], padding: L.Point, maxZoom: number): L.LatLngBounds | null {
  const members = L.latLngBounds(marks.flatMap(({ box: [w, s, e, n] }) => [L.latLng(s, w), L.latLng(n, e)]));
  const points = L.latLngBounds(marks.map(({ point: [lon, lat] }) => L.latLng(lat, lon)));
  return [members, points].find((b) => Math.min(maxZoom, map.getBoundsZoom(b, false, padding)) > map.getZoom()) ?? null;
}

/**
 * Whether the page asks the link layer to count what it draws (window.markCensus,
 * set by the tests and tools): the count, copied into every draw's mark,
 * cost milliseconds a draw at 10,000 partnerships.
 */
export function censusAsked(): boolean {
  return typeof window !== 'undefined' && (window as { markCensus?: boolean }).markCensus === true;
}

/** For the tests and tools: how many marks are drawn (a cluster counts once), and each cluster's place (by `place`) and number of marks. */
export function markCensus(drawn: readonly Drawable[], place: (x: number, y: number) => PixelPoint): { marks: number; clusters: [number, number, number][] } {
  const clusters: [number, number, number][] = [];
  for (const d of drawn) {
    if (d.hit.kind !== 'cluster') continue;
    const { x, y } = place(d.x0, d.y0);
    clusters.push([x, y, d.hit.marks.length]);
  }
  return { marks: drawn.filter(isMark).length, clusters };
}

/** Whether a drawable is a group's mark rather than a line. */
export function isMark(d: Drawable): boolean {
  return d.markRadius != null;
}

/** A single mark's look: a small mark's edge is thinner, so it reads as a ring rather than a dark dot. */
function lookOf(d: Drawable, grow: number, colour: (serviceId: string) => string): MarkLook {
  const radius = d.markRadius! + grow;
  return { fill: colour(d.services[0] ?? ''), radius, edge: radius < 5 ? 1 : 1.5, core: Math.max(1.5, radius * 0.4) };
}

/**
 * Draw marks: a ring in the first service's colour with a dark edge and a
 * white core, emphasised ones a little larger; clusters as drawClusters.
 * With `stamps` (the base layer's many marks), each single mark is a copy of
 * an image drawn once for its look (markStamps.ts). Without, the single
 * marks are drawn in batches, one path for each colour's rings, one for the
 * edges of each width and one for all the cores, not three paths each. Marks
 * that would overlap are one cluster (markDrawables), so the order within a
 * batch does not show.
 */
export function drawMarks(ctx: CanvasRenderingContext2D, marks: readonly Drawable[], emphasised: boolean, colour: (serviceId: string) => string, stamps?: MarkStamps): void {
  const grow = emphasised ? 2 : 0;
  const singles = marks.filter((d) => d.hit.kind !== 'cluster');
  const clusters = marks.filter((d) => d.hit.kind === 'cluster');
  if (clusters.length) drawClusters(ctx, clusters, grow, colour, stamps);
  if (!singles.length) return;
  if (stamps?.available()) {
    for (const d of singles) stamps.stamp(ctx, lookOf(d, grow, colour), d.x0, d.y0);
    return;
  }
  const looks = singles.map((d) => ({ d, look: lookOf(d, grow, colour) }));
  const circles = (list: readonly { d: Drawable; look: MarkLook }[], radius: (look: MarkLook) => number) => {
    ctx.beginPath();
    for (const { d, look } of list) {
      const r = radius(look);
      ctx.moveTo(d.x0 + r, d.y0);
      ctx.arc(d.x0, d.y0, r, 0, Math.PI * 2);
    }
  };
  for (const fill of new Set(looks.map(({ look }) => look.fill))) {
    circles(looks.filter(({ look }) => look.fill === fill), (look) => look.radius);
    ctx.fillStyle = fill;
    ctx.fill();
  }
  ctx.strokeStyle = CASING;
  for (const width of [1, 1.5]) {
    const list = looks.filter(({ look }) => look.edge === width);
    if (!list.length) continue;
    circles(list, (look) => look.radius);
    ctx.lineWidth = width;
    ctx.stroke();
  }
  circles(looks, (look) => look.core);
  ctx.fillStyle = ENDPOINT_FILL;
  ctx.fill();
}
