import type L from 'leaflet';
import { placeLabels, type LabelBox, type LabelCandidate, type PlacedLabel } from '../model/labelPlacement';
import type { Drawable } from './linkDrawables';
import { boxAround, type OverlayPlan } from './overlayCanvas';

// The names of the councils in focus (the focused council and its partners,
// or an open partnership's members), on a canvas of their own over the
// links: placed by model/labelPlacement.ts, in the page's language (the
// names come from the UI), dark on a white halo so they read over any line.

const FONT = '600 12px system-ui, -apple-system, "Segoe UI", sans-serif';
const LINE_HEIGHT = 14;
const HALO = 'rgba(255, 255, 255, 0.92)';
const INK = '#1b1f24';

/** A council at the end of a line in focus, in layer pixels. */
export interface LabelledPoint {
  code: string;
  x: number;
  y: number;
}

/** Each council at the ends of the lines given, once, the `first` council (the one focused) before the rest. */
export function endsOf(lines: readonly Drawable[], first: string | null): LabelledPoint[] {
  const seen = new Map<string, LabelledPoint>();
  for (const d of lines) {
    if (!seen.has(d.endA)) seen.set(d.endA, { code: d.endA, x: d.x0, y: d.y0 });
    if (!seen.has(d.endB)) seen.set(d.endB, { code: d.endB, x: d.x1, y: d.y1 });
  }
  const all = [...seen.values()];
  const lead = all.filter((p) => p.code === first);
  return [...lead, ...all.filter((p) => p.code !== first)];
}

/** Labels for the points, measured with `measure` (the canvas's text width) and placed without overlap. */
export function planLabels(points: readonly LabelledPoint[], nameOf: (code: string) => string, measure: (text: string) => number, frame: LabelBox | null = null): PlacedLabel[] {
  const candidates: LabelCandidate[] = points.map(({ code, x, y }) => {
    const text = nameOf(code);
    return { id: code, text, x, y, width: measure(text), height: LINE_HEIGHT };
  });
  return placeLabels(candidates, undefined, frame);
}

/** A measure of text in the labels' font, on the context given. */
export function labelMeasure(ctx: CanvasRenderingContext2D): (text: string) => number {
  ctx.font = FONT;
  return (text) => ctx.measureText(text).width;
}

/** Draw the placed labels: a white halo, then the name. */
export function drawLabels(ctx: CanvasRenderingContext2D, labels: readonly PlacedLabel[]): void {
  ctx.save();
  ctx.font = FONT;
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = HALO;
  ctx.fillStyle = INK;
  for (const label of labels) {
    ctx.strokeText(label.text, label.x, label.y);
    ctx.fillText(label.text, label.x, label.y);
  }
  ctx.restore();
}

/** The map's visible box in layer pixels, inside which every name is placed (so none is cut at the frame's edge). */
export function visibleFrame(map: Pick<L.Map, 'containerPointToLayerPoint' | 'getSize'>): LabelBox {
  const topLeft = map.containerPointToLayerPoint([0, 0]);
  const bottomRight = map.containerPointToLayerPoint(map.getSize());
  return [topLeft.x, topLeft.y, bottomRight.x, bottomRight.y];
}

let measuring: CanvasRenderingContext2D | null | undefined;

/**
 * What the labels' canvas draws for the lines in focus: the names placed,
 * and the box they fill (an OverlayPlan). Without a canvas to measure on
 * (jsdom), names are taken as 7 pixels a letter.
 */
export function labelsPlan(lines: readonly Drawable[], first: string | null, nameOf: (code: string) => string, frame: LabelBox | null = null): OverlayPlan {
  if (!lines.length) return { extent: null, draw: () => {} };
  measuring ??= document.createElement('canvas').getContext('2d');
  const measure = measuring ? labelMeasure(measuring) : (text: string) => text.length * 7;
  const placed = planLabels(endsOf(lines, first), nameOf, measure, frame);
  if (!placed.length) return { extent: null, draw: () => {} };
  // The halo reaches 1.5 pixels beyond the text.
  const extent: L.Bounds = boxAround(
    placed.flatMap(({ box }): L.PointTuple[] => [
      [box[0], box[1]],
      [box[2], box[3]],
    ]),
    3,
  );
  return { extent, draw: (ctx) => drawLabels(ctx, placed) };
}
