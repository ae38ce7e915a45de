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
}

const STROKE_WIDTH = 0.6;
export const FOCUS_STROKE_WIDTH = 2;
const UPPER_TIER_WIDTH = 1;

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
}

/** A box of layer pixels in world pixels at zoom 0. */
export function worldBox(bounds: { min?: { x: number; y: number }; max?: { x: number; y: number } }, scale: number, origin: { x: number; y: number }): WorldBox {
  return [(bounds.min!.x + origin.x) / scale, (bounds.min!.y + origin.y) / scale, (bounds.max!.x + origin.x) / scale, (bounds.max!.y + origin.y) / scale];
}

/** The fill style of a shape: its colour and opacity, and whether its outline is drawn heavy. */
export function shapeStyle(code: string, paint: BoundaryPaint | null, fillOpacity: number): { fill: string; alpha: number; emphasised: boolean } {
  const isFocused = paint?.focused.has(code) ?? false;
  const isPartner = paint?.partners.has(code) ?? false;
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
export function drawShapes(ctx: CanvasRenderingContext2D, { paths, level, scale, origin, area, shapes, paint, fillOpacity }: ShapesDrawing): void {
  const shapePaths = paths.pathsAt(level);
  const year = paths.yearPathsAt(level);
  const borders = paths.yearBorders;
  const strokeBorders = (cells: readonly BorderCell[], cellPaths: readonly Path2D[]) =>
    cells.forEach((cell, i) => {
      if (boxesMeet(cell.box, area)) ctx.stroke(cellPaths[i]!);
    });
  ctx.save();
  // From world pixels at zoom 0 to the layer points the canvas is set up for.
  ctx.transform(scale, 0, 0, scale, -origin.x, -origin.y);
  ctx.lineJoin = 'round';
  // Where a border is cut between cells, round ends join the pieces.
  ctx.lineCap = 'round';
  const emphasised: Shape[] = [];
  const asLand = !paint && year.land != null;
  if (asLand) {
    ctx.fillStyle = BOUNDARY_COLOURS.fill;
    ctx.globalAlpha = fillOpacity;
    ctx.fill(year.land!, 'evenodd');
  }
  for (const shape of asLand ? [] : shapes) {
    const style = shapeStyle(shape.properties.c, paint, fillOpacity);
    ctx.fillStyle = style.fill;
    ctx.globalAlpha = style.alpha;
    ctx.fill(shapePaths[shape.index]!, 'evenodd');
    if (style.emphasised) emphasised.push(shape);
  }
  ctx.globalAlpha = 1;
  ctx.strokeStyle = BOUNDARY_COLOURS.stroke;
  ctx.lineWidth = STROKE_WIDTH / scale;
  if (paint) for (const shape of shapes) ctx.stroke(shapePaths[shape.index]!);
  else strokeBorders(borders.outlines, year.outlines);
  ctx.strokeStyle = BOUNDARY_COLOURS.upperTier;
  ctx.lineWidth = UPPER_TIER_WIDTH / scale;
  strokeBorders(borders.upperTier, year.upperTier);
  ctx.strokeStyle = BOUNDARY_COLOURS.focusStroke;
  ctx.lineWidth = FOCUS_STROKE_WIDTH / scale;
  for (const shape of emphasised) ctx.stroke(shapePaths[shape.index]!);
  ctx.restore();
}
