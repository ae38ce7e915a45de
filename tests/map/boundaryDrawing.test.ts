import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawShapes, shapeStyle, worldBox, type BoundaryPaint } from '../../src/map/boundaryDrawing';
import { BoundaryPaths } from '../../src/map/boundaryPaths';
import { BOUNDARY_COLOURS } from '../../src/map/palette';
import { councilTiersInYear } from '../../src/model/councilTiers';
import { makeAppData } from '../helpers/appData';
import { SQUARES } from '../helpers/boundaryTopology';
import { installCanvasRecorders, recordingContext } from '../helpers/canvas';

const paint = (partial: Partial<BoundaryPaint>): BoundaryPaint => ({ focused: new Set(), partners: new Set(), hovered: null, ...partial });

beforeEach(() => installCanvasRecorders());
afterEach(() => vi.restoreAllMocks());

describe('shapeStyle', () => {
  it('fills a focused council, its partners and the rest each in their colour, and outlines the focused and hovered heavy', () => {
    const p = paint({ focused: new Set(['F']), partners: new Set(['P']), hovered: 'H' });
    expect(shapeStyle('F', p, 1)).toEqual({ fill: BOUNDARY_COLOURS.focusFill, alpha: 1, emphasised: true });
    expect(shapeStyle('P', p, 1)).toEqual({ fill: BOUNDARY_COLOURS.partnerFill, alpha: 1, emphasised: false });
    expect(shapeStyle('H', p, 1)).toEqual({ fill: BOUNDARY_COLOURS.fill, alpha: 1, emphasised: true });
    expect(shapeStyle('X', null, 1)).toEqual({ fill: BOUNDARY_COLOURS.fill, alpha: 1, emphasised: false });
  });

  it('over a basemap keeps the focus and partners at least 60% opaque, the rest as translucent as asked', () => {
    const p = paint({ focused: new Set(['F']) });
    expect(shapeStyle('F', p, 0.25).alpha).toBe(0.6);
    expect(shapeStyle('X', p, 0.25).alpha).toBe(0.25);
  });
});

describe('shapeStyle on the areas map', () => {
  it('fills every shape in its given colour and outlines the focus, its partners and the hovered one instead of filling them', () => {
    const fills = (code: string) => (code === 'F' ? '#253494' : '#ffffcc');
    const p = paint({ focused: new Set(['F']), partners: new Set(['P']), hovered: 'H' });
    expect(shapeStyle('F', p, 1, fills)).toEqual({ fill: '#253494', alpha: 1, emphasised: true });
    expect(shapeStyle('P', p, 1, fills)).toEqual({ fill: '#ffffcc', alpha: 1, emphasised: true });
    expect(shapeStyle('X', p, 1, fills)).toEqual({ fill: '#ffffcc', alpha: 1, emphasised: false });
    // Over a basemap the colours stay readable.
    expect(shapeStyle('X', null, 0.25, fills).alpha).toBe(0.75);
  });
});

describe('worldBox', () => {
  it('turns layer pixels into world pixels at zoom 0', () => {
    expect(worldBox({ min: { x: 0, y: 10 }, max: { x: 100, y: 50 } }, 2, { x: 100, y: 30 })).toEqual([50, 20, 100, 40]);
  });
});

describe('drawShapes', () => {
  const paths = new BoundaryPaths(SQUARES);
  paths.setYear(councilTiersInYear(SQUARES, 2018, makeAppData()));
  const inYear = [paths.shapes[0]!, paths.shapes[2]!];
  const everywhere: [number, number, number, number] = [-1e9, -1e9, 1e9, 1e9];

  it('zoomed out, fills the land as one and strokes the borders over it', () => {
    const { ctx, fills, strokes } = recordingContext();
    drawShapes(ctx, { paths, level: 6, scale: 64, origin: { x: 0, y: 0 }, area: everywhere, shapes: inYear, paint: null, fillOpacity: 1 });
    expect(fills).toHaveLength(1);
    expect(fills[0]!.path).toBe(paths.yearPathsAt(6).land);
    // The outlines (one stroke per cell of the border grid), then the upper-tier border.
    const styles = strokes.map((s) => s.strokeStyle);
    expect(styles.filter((style, i) => style !== styles[i - 1])).toEqual([BOUNDARY_COLOURS.stroke, BOUNDARY_COLOURS.upperTier]);
    expect(styles.filter((style) => style === BOUNDARY_COLOURS.stroke)).toHaveLength(paths.yearBorders.outlines.length);
    // Line widths are in screen pixels, drawn under the world-to-layer transform.
    expect(strokes[0]!.lineWidth).toBeCloseTo(0.6 / 64, 12);
    // Thin borders with bevelled joins and square-cut ends: cheaper to rasterise than round ones, and alike at these widths.
    expect(new Set(strokes.map((s) => `${s.lineJoin}/${s.lineCap}`))).toEqual(new Set(['bevel/butt']));
  });

  it('zoomed in, fills each shape', () => {
    const { ctx, fills } = recordingContext();
    drawShapes(ctx, { paths, level: 10, scale: 1024, origin: { x: 0, y: 0 }, area: everywhere, shapes: inYear, paint: null, fillOpacity: 1 });
    expect(fills.map((f) => f.path)).toEqual([paths.pathsAt(10)[0], paths.pathsAt(10)[2]]);
  });

  it('with paint, fills the shapes in their styles and outlines the focused one heavy, last', () => {
    const { ctx, fills, strokes } = recordingContext();
    const p = paint({ focused: new Set(['E07000200']), partners: new Set(['E09000015']) });
    drawShapes(ctx, { paths, level: 6, scale: 64, origin: { x: 0, y: 0 }, area: everywhere, shapes: inYear, paint: p, fillOpacity: 1 });
    expect(fills.map((f) => f.fillStyle)).toEqual([BOUNDARY_COLOURS.focusFill, BOUNDARY_COLOURS.partnerFill]);
    expect(strokes.at(-1)).toMatchObject({ strokeStyle: BOUNDARY_COLOURS.focusStroke, path: paths.pathsAt(6)[0], lineJoin: 'round', lineCap: 'round' });
  });

  it('with fills, zoomed out, fills each shape in its own colour rather than the land as one', () => {
    const { ctx, fills } = recordingContext();
    const colourOf = (code: string) => (code === 'E07000200' ? '#253494' : '#a1dab4');
    drawShapes(ctx, { paths, level: 6, scale: 64, origin: { x: 0, y: 0 }, area: everywhere, shapes: inYear, paint: null, fillOpacity: 1, fills: colourOf });
    expect(fills.map((f) => f.path)).toEqual([paths.pathsAt(6)[0], paths.pathsAt(6)[2]]);
    expect(fills.map((f) => f.fillStyle)).toEqual(['#253494', '#a1dab4']);
  });

  it('strokes only the border cells that meet the area drawn', () => {
    const { ctx, strokes } = recordingContext();
    drawShapes(ctx, { paths, level: 6, scale: 64, origin: { x: 0, y: 0 }, area: [0, 0, 1, 1], shapes: [], paint: null, fillOpacity: 1 });
    expect(strokes).toHaveLength(0);
  });
});
