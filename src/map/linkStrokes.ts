import { dashStyleAt, type DashStyle } from '../model/dashStyle';
import { strokeWidths } from '../model/linkWidth';
import { drawMarks, isMark } from './groupMarks';
import type { MarkStamps } from './markStamps';
import type { Drawable } from './linkDrawables';
import { CASING, ENDPOINT_FILL } from './palette';

// How the link layer strokes its lines: in batches of equal style (one
// path per batch, so tens of thousands of links are a few hundred strokes),
// widest first so narrow lines stay on top, each with a dark casing under
// it. A line of several service areas is drawn in stripes of each colour
// (areas of one colour family share a colour, and so one stretch);
// one of unknown savings is thin and dashed; one whose savings are a target
// or projection has a hollow centre (a pale line down its middle), so it
// reads apart from savings reported as achieved and from the dashes.

const STRIPE = 9;
/** The hollow centre of a target's line, as a share of its width. */
export const HOLLOW_SHARE = 0.45;
/** Radius of the dots at the councils a focused council's links join. */
export const ENDPOINT_RADIUS = 2.6;

/** One stroke of a batch's path: its colour, width and dash pattern. */
export interface StrokePass {
  colour: string;
  width: number;
  dash: number[];
  dashOffset: number;
}

/** Lines of one style, stroked as one path, pass after pass. */
export interface StrokeBatch {
  lines: Drawable[];
  passes: StrokePass[];
}

/** The batches and passes that draw `items`, in order: widest first, casing before colours; dashed lines as `dashes` (model/dashStyle.ts). */
export function planStrokes(items: readonly Drawable[], emphasised: boolean, colour: (serviceId: string) => string, dashes: DashStyle = dashStyleAt(Infinity)): StrokeBatch[] {
  const byStyle = new Map<string, Drawable[]>();
  for (const d of items) {
    const key = `${d.width.toFixed(1)}|${d.dashed ? 'd' : 's'}|${d.target ? 't' : ''}|${d.services.join(',')}`;
    const lines = byStyle.get(key);
    if (lines) lines.push(d);
    else byStyle.set(key, [d]);
  }
  const ordered = [...byStyle.values()].sort((x, y) => y[0]!.width - x[0]!.width);
  return ordered.map((lines) => {
    const { width, dashed, services, target } = lines[0]!;
    const widths = strokeWidths(width, emphasised);
    const gap = dashed ? dashes.gap : 0;
    const dash = dashed ? dashes.dash : STRIPE;
    const plain = dashed ? [dash, gap] : [];
    const colours = [...new Set(services.map(colour))];
    const k = colours.length;
    const passes: StrokePass[] = dashed && !dashes.cased ? [] : [{ colour: CASING, width: widths.casing, dash: plain, dashOffset: 0 }];
    colours.forEach((stripe, i) => {
      // Colour i shows in the i-th of every k stretches along the line.
      if (k === 1) passes.push({ colour: stripe, width: widths.line, dash: plain, dashOffset: 0 });
      else passes.push({ colour: stripe, width: widths.line, dash: [dash, (dash + gap) * k - dash], dashOffset: -i * (dash + gap) });
    });
    if (target) passes.push({ colour: ENDPOINT_FILL, width: Math.max(1, widths.line * HOLLOW_SHARE), dash: [], dashOffset: 0 });
    return { lines, passes };
  });
}

/** Stroke the lines as planStrokes plans. */
export function strokeLines(ctx: CanvasRenderingContext2D, items: readonly Drawable[], emphasised: boolean, colour: (serviceId: string) => string, dashes?: DashStyle): void {
  for (const batch of planStrokes(items, emphasised, colour, dashes)) {
    const path = new Path2D();
    for (const d of batch.lines) {
      path.moveTo(d.x0, d.y0);
      if (d.straight) path.lineTo(d.x1, d.y1);
      else path.quadraticCurveTo(d.cx, d.cy, d.x1, d.y1);
    }
    for (const pass of batch.passes) {
      ctx.strokeStyle = pass.colour;
      ctx.lineWidth = pass.width;
      ctx.setLineDash(pass.dash);
      ctx.lineDashOffset = pass.dashOffset;
      ctx.stroke(path);
    }
  }
  ctx.setLineDash([]);
}

/** A dot at each council the lines join, each once. */
export function drawEndpoints(ctx: CanvasRenderingContext2D, items: readonly Drawable[]): void {
  const seen = new Set<string>();
  const dots = new Path2D();
  for (const d of items) {
    for (const [end, x, y] of [
      [d.endA, d.x0, d.y0],
      [d.endB, d.x1, d.y1],
    ] as const) {
      if (seen.has(end)) continue;
      seen.add(end);
      dots.moveTo(x + ENDPOINT_RADIUS, y);
      dots.arc(x, y, ENDPOINT_RADIUS, 0, Math.PI * 2);
    }
  }
  ctx.fillStyle = ENDPOINT_FILL;
  ctx.fill(dots);
  ctx.strokeStyle = CASING;
  ctx.lineWidth = 1.2;
  ctx.stroke(dots);
}

/**
 * Draw the link canvas's base: the lines not on top, then over them the
 * groups' marks (stamped). No dot on every council: dots come with a focus
 * (drawOnTop). Whether any mark was drawn.
 */
export function drawBase(ctx: CanvasRenderingContext2D, visible: readonly Drawable[], colour: (serviceId: string) => string, dashes: DashStyle, stamps: MarkStamps): boolean {
  ctx.save();
  ctx.lineCap = 'butt';
  ctx.lineJoin = 'round';
  const marks = visible.filter(isMark);
  strokeLines(ctx, marks.length ? visible.filter((d) => !isMark(d)) : visible, false, colour, dashes);
  drawMarks(ctx, marks, false, colour, stamps);
  ctx.restore();
  return marks.length > 0;
}

/** What the overlay over the link canvas draws (see LinkCanvas.planOverlay). */
export interface OnTop {
  /** The links of the partnerships in focus. */
  strong: readonly Drawable[];
  /** The open and hovered partnerships' links, emphasised. */
  extra: readonly Drawable[];
  /** The hovered group of links (zoomed out), emphasised with them but given no endpoint dots. */
  hoveredGroup: readonly Drawable[];
  /** The marks of those drawn as one, over their spokes. */
  marks: { strong: readonly Drawable[]; extra: readonly Drawable[] };
  /** Dots at the councils the strong and extra links join: when a council or partnership is in focus. */
  endpoints: boolean;
}

/** Draw what is on top, in order: the lines in focus, the emphasised ones, their endpoints, then the marks. */
export function drawOnTop(ctx: CanvasRenderingContext2D, { strong, extra, hoveredGroup, marks, endpoints }: OnTop, colour: (serviceId: string) => string, dashes: DashStyle): void {
  ctx.save();
  ctx.lineCap = 'butt';
  ctx.lineJoin = 'round';
  strokeLines(ctx, strong, false, colour, dashes);
  strokeLines(ctx, [...hoveredGroup, ...extra], true, colour, dashes);
  if (endpoints) drawEndpoints(ctx, [...strong, ...extra]);
  drawMarks(ctx, marks.strong, false, colour);
  drawMarks(ctx, marks.extra, true, colour);
  ctx.restore();
}
