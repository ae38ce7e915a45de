import L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BoundaryPaths, boxBounds, LAND_FILL_MAX_LEVEL } from '../../src/map/boundaryPaths';
import { councilTiersInYear } from '../../src/model/councilTiers';
import { makeAppData } from '../helpers/appData';
import { SQUARES } from '../helpers/boundaryTopology';
import { installCanvasRecorders, type RecordingPath } from '../helpers/canvas';

const data = makeAppData();
const world = (lon: number, lat: number) => L.CRS.EPSG3857.latLngToPoint(L.latLng(lat, lon), 0);

beforeEach(() => installCanvasRecorders());
afterEach(() => vi.restoreAllMocks());

describe('BoundaryPaths', () => {
  it('keeps every shape of the topology, with its box in world pixels at zoom 0', () => {
    const paths = new BoundaryPaths(SQUARES);
    expect(paths.shapes.map((s) => s.properties.c)).toEqual(['E07000200', 'E07000245', 'E09000015']);
    const [x0, y0, x1, y1] = paths.shapes[2]!.box;
    expect([x0, y1]).toEqual([world(0, 52).x, world(0, 52).y]);
    expect([x1, y0]).toEqual([world(1, 53).x, world(1, 53).y]);
  });

  it('gives a box back as bounds in latitude and longitude', () => {
    const bounds = boxBounds(new BoundaryPaths(SQUARES).shapes[2]!.box);
    expect(bounds.getSouthWest().lat).toBeCloseTo(52, 9);
    expect(bounds.getSouthWest().lng).toBeCloseTo(0, 9);
    expect(bounds.getNorthEast().lat).toBeCloseTo(53, 9);
    expect(bounds.getNorthEast().lng).toBeCloseTo(1, 9);
  });

  it('takes a year’s borders: every border once, the one between upper-tier areas, and the land without inner borders', () => {
    const paths = new BoundaryPaths(SQUARES);
    paths.setYear(councilTiersInYear(SQUARES, 2018, data));
    const arcs = (cells: { chains: number[][] }[]) => cells.flatMap((c) => c.chains.flat()).map((a) => (a < 0 ? ~a : a)).sort();
    expect(arcs(paths.yearBorders.outlines)).toEqual([0, 1, 2]);
    // Suffolk (a county) meets Harrow (a unitary) along the meridian only.
    expect(arcs(paths.yearBorders.upperTier)).toEqual([0]);
    expect(paths.yearBorders.land.flat().map((a) => (a < 0 ? ~a : a)).sort()).toEqual([1, 2]);
  });

  it('takes a year’s borders in three steps, the same as at once, changing them only at the last', () => {
    const atOnce = new BoundaryPaths(SQUARES);
    atOnce.setYear(councilTiersInYear(SQUARES, 2018, data));
    const paths = new BoundaryPaths(SQUARES);
    const steps = paths.setYearSteps(councilTiersInYear(SQUARES, 2018, data));
    expect(steps).toHaveLength(3);
    steps[0]!();
    steps[1]!();
    expect(paths.yearBorders.outlines).toEqual([]);
    steps[2]!();
    expect(paths.yearBorders).toEqual(atOnce.yearBorders);
  });

  it('makes each level’s paths once, and the land only at the levels that fill it', () => {
    const paths = new BoundaryPaths(SQUARES);
    paths.setYear(councilTiersInYear(SQUARES, 2018, data));
    expect(paths.readyAt(6)).toBe(false);
    const shapes = paths.pathsAt(6);
    const year = paths.yearPathsAt(6);
    expect(paths.readyAt(6)).toBe(true);
    expect(paths.pathsAt(6)).toBe(shapes);
    expect(year.land).not.toBeNull();
    expect(paths.yearPathsAt(LAND_FILL_MAX_LEVEL + 1).land).toBeNull();
    // Babergh's ring: the meridian, then round the west square, closed.
    expect((shapes[0] as unknown as RecordingPath).calls.map(([name]) => name)).toEqual(['moveTo', 'lineTo', 'lineTo', 'lineTo', 'lineTo', 'closePath']);
  });

  it('makes a level’s paths a slice of shapes at a time in steps, the same paths as at once, and pathsAt finishes what the steps began', () => {
    const whole = new BoundaryPaths(SQUARES).pathsAt(7) as unknown as RecordingPath[];
    const paths = new BoundaryPaths(SQUARES);
    const steps = paths.pathStepsAt(7, 2);
    expect(steps).toHaveLength(2);
    steps[0]!();
    expect(paths.readyAt(7)).toBe(false);
    steps[1]!();
    const stepped = paths.pathsAt(7) as unknown as RecordingPath[];
    expect(stepped.map((p) => p.calls)).toEqual(whole.map((p) => p.calls));
    expect(paths.pathStepsAt(7)).toEqual([]);
    // Begun in steps, finished at once: every shape once.
    const begun = new BoundaryPaths(SQUARES);
    begun.pathStepsAt(8, 1)[0]!();
    expect(begun.pathsAt(8)).toHaveLength(3);
  });

  it('traces one shape alone when asked for it before its level’s list, the same path, and then gives the list’s', () => {
    const whole = new BoundaryPaths(SQUARES).pathsAt(7) as unknown as RecordingPath[];
    const paths = new BoundaryPaths(SQUARES);
    const alone = paths.pathOf(7, 2) as unknown as RecordingPath;
    expect(alone.calls).toEqual(whole[2]!.calls);
    expect(paths.pathOf(7, 2)).toBe(alone);
    // The level itself is not made by it.
    expect(paths.readyAt(7)).toBe(false);
    const listed = paths.pathsAt(7);
    expect(paths.pathOf(7, 2)).toBe(listed[2]);
    expect(paths.pathOf(7, 0)).toBe(listed[0]);
  });

  it('makes the year’s paths again for a new year', () => {
    const paths = new BoundaryPaths(SQUARES);
    paths.setYear(councilTiersInYear(SQUARES, 2018, data));
    const before = paths.yearPathsAt(6);
    paths.setYear(councilTiersInYear(SQUARES, 2021, data));
    expect(paths.readyAt(6)).toBe(false);
    expect(paths.yearPathsAt(6)).not.toBe(before);
  });
});
