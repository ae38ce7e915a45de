import { boxesMeet, type BorderCell, type WorldBox } from './arcDetail';
import type { BoundaryPaths, Shape } from './boundaryPaths';
import { BOUNDARY_COLOURS } from './palette';

// How the boundary layer fills and outlines the council shapes, plainly (on
// its own canvas, per view) or in their focus, partner and hover styles (on
// the highlight canvas over it, per click or hover).

export interface BoundaryPaint {
  /** Council codes whose area is focused (a district, or a county's districts). */
  focused: ReadonlySet<string>;
  /** Councils in the focused council's partnerships. */
  partners: ReadonlySet<string>;
  hovered: string | null;
  /** The areas a partnership of many councils fills while it is hovered or open, tinted and outlined in its service colour. */
  tint?: { codes: ReadonlySet<string>; colour: string } | null;
}

/** The areas map's colour for each council shape, or null for the plain land colour. */
export type BoundaryFills = ((code: string) => string) | null;

const STROKE_WIDTH = 0.6;
export const FOCUS_STROKE_WIDTH = 2;
const UPPER_TIER_WIDTH = 1;
const TINT_ALPHA = 0.42;
const TINT_OUTLINE_WIDTH = 1.6;

/** What to draw and where: paths at a level of detail, and the transform from world pixels at zoom 0 to layer pixels. */
export interface ShapesDrawing {
  paths: BoundaryPaths;
  level: number;
  /** Layer pixels per world pixel at zoom 0, and the layer's pixel origin. */
  scale: number;
  origin: { x: number; y: number };
  /** The part drawn, in world pixels at zoom 0: borders are stroked only where they meet it. */
  area: WorldBox;
  shapes: readonly Shape[];
  /** Null: every shape plainly. */
  paint: BoundaryPaint | null;
  /** Over a basemap the fills are translucent. */
  fillOpacity: number;
  /** The areas map: each shape in its own colour (focus and partners then outlined, not filled). */
  fills?: BoundaryFills;
}

/** A box of layer pixels in world pixels at zoom 0. */
export function worldBox(bounds: { min?: { x: number; y: number }; max?: { x: number; y: number } }, scale: number, origin: { x: number; y: number }): WorldBox {
  return [(bounds.min!.x + origin.x) / scale, (bounds.min!.y + origin.y) / scale, (bounds.max!.x + origin.x) / scale, (bounds.max!.y + origin.y) / scale];
}

/** The fill style of a shape: its colour and opacity, and whether its outline is drawn heavy. */
export function shapeStyle(code: string, paint: BoundaryPaint | null, fillOpacity: number, fills: BoundaryFills = null): { fill: string; alpha: number; emphasised: boolean; outline?: string } {
  // A group's members read as one shape in its colour, over the plain land drawn beneath (translucent, so borders show).
  if (paint?.tint?.codes.has(code)) return { fill: paint.tint.colour, alpha: TINT_ALPHA, emphasised: paint.focused.has(code) || paint.hovered === code, outline: paint.tint.colour };
  const isFocused = paint?.focused.has(code) ?? false;
  const isPartner = paint?.partners.has(code) ?? false;
  // On the areas map the colour is the data: the focus and its partners keep it and are outlined.
  if (fills) return { fill: fills(code), alpha: Math.max(0.75, fillOpacity), emphasised: isFocused || isPartner || paint?.hovered === code };
  return {
    fill: isFocused ? BOUNDARY_COLOURS.focusFill : isPartner ? BOUNDARY_COLOURS.partnerFill : BOUNDARY_COLOURS.fill,
    alpha: isFocused || isPartner ? Math.max(0.6, fillOpacity) : fillOpacity,
    emphasised: isFocused || paint?.hovered === code,
  };
}

/**
 * Fill and outline shapes. Without paint: every shape plainly (zoomed
 * out, the land as one), with all outlines and the upper-tier borders. With
 * paint: the given shapes in their focus, partner or hover style, and the
 * borders again over them.
 */
export function drawShapes(ctx: CanvasRenderingContext2D, { paths, level, scale, origin, area, shapes, paint, fillOpacity, fills = null }: ShapesDrawing): void {
  // Each shape's own path only when it is drawn: zoomed out, the plain land is one path and the
  // borders are the year's, and a focus draws a few shapes, so a first view does not wait for
  // every shape of the level to be traced (the idle work makes them all, boundaryLayer.ts).
  const pathOf = (shape: Shape) => paths.pathOf(level, shape.index);
  const year = paths.yearPathsAt(level);
  const borders = paths.yearBorders;
  const strokeBorders = (cells: readonly BorderCell[], cellPaths: readonly Path2D[]) =>
    cells.forEach((cell, i) => {
      if (boxesMeet(cell.box, area)) ctx.stroke(cellPaths[i]!);
    });
  ctx.save();
  // From world pixels at zoom 0 to the layer points the canvas is set up for.
  ctx.transform(scale, 0, 0, scale, -origin.x, -origin.y);
  // Thin borders (0.6 and 1 CSS pixels) with bevelled joins and square-cut ends: rasterised
  // without a GPU, round ones on every piece of every border took a third longer, and
  // at these widths the corners look the same. Where a border is cut between cells the
  // pieces meet end to end.
  ctx.lineJoin = 'bevel';
  ctx.lineCap = 'butt';
  const emphasised: Shape[] = [];
  const outlined: { shape: Shape; colour: string }[] = [];
  const asLand = !paint && !fills && year.land != null;
  if (asLand) {
    ctx.fillStyle = BOUNDARY_COLOURS.fill;
    ctx.globalAlpha = fillOpacity;
    ctx.fill(year.land!, 'evenodd');
  }
  for (const shape of asLand ? [] : shapes) {
    const style = shapeStyle(shape.properties.c, paint, fillOpacity, fills);
    ctx.fillStyle = style.fill;
    ctx.globalAlpha = style.alpha;
    ctx.fill(pathOf(shape), 'evenodd');
    if (style.emphasised) emphasised.push(shape);
    if (style.outline) outlined.push({ shape, colour: style.outline });
  }
  ctx.globalAlpha = 1;
  ctx.strokeStyle = BOUNDARY_COLOURS.stroke;
  ctx.lineWidth = STROKE_WIDTH / scale;
  if (paint) for (const shape of shapes) ctx.stroke(pathOf(shape));
  else strokeBorders(borders.outlines, year.outlines);
  ctx.strokeStyle = BOUNDARY_COLOURS.upperTier;
  ctx.lineWidth = UPPER_TIER_WIDTH / scale;
  strokeBorders(borders.upperTier, year.upperTier);
  // The wide outlines of a tint and a focus: round corners.
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  ctx.lineWidth = TINT_OUTLINE_WIDTH / scale;
  for (const { shape, colour } of outlined) {
    ctx.strokeStyle = colour;
    ctx.stroke(pathOf(shape));
  }
  ctx.strokeStyle = BOUNDARY_COLOURS.focusStroke;
  ctx.lineWidth = FOCUS_STROKE_WIDTH / scale;
  for (const shape of emphasised) ctx.stroke(pathOf(shape));
  ctx.restore();
}
