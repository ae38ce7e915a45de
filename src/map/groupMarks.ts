import type { GroupMark } from '../model/membership';
import type { Drawable, PixelPoint } from './linkDrawables';
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

/** Whether a drawable is a group's mark rather than a line. */
export function isMark(d: Drawable): boolean {
  return d.markRadius != null;
}

/** Draw marks: a dark edge, a ring in the first service's colour, a white core; emphasised ones a little larger. */
export function drawMarks(ctx: CanvasRenderingContext2D, marks: readonly Drawable[], emphasised: boolean, colour: (serviceId: string) => string): void {
  const grow = emphasised ? 2 : 0;
  for (const d of marks) {
    const r = d.markRadius! + grow;
    ctx.beginPath();
    ctx.arc(d.x0, d.y0, r, 0, Math.PI * 2);
    ctx.fillStyle = colour(d.services[0] ?? '');
    ctx.fill();
    ctx.strokeStyle = CASING;
    // A small mark's edge is thinner, so it reads as a ring rather than a dark dot.
    ctx.lineWidth = r < 5 ? 1 : 1.5;
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(d.x0, d.y0, Math.max(1.5, r * 0.4), 0, Math.PI * 2);
    ctx.fillStyle = ENDPOINT_FILL;
    ctx.fill();
  }
}
