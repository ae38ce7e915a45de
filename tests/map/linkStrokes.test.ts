import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Drawable } from '../../src/map/linkDrawables';
import { drawBase, drawEndpoints, drawOnTop, ENDPOINT_RADIUS, HOLLOW_SHARE, planStrokes, strokeLines } from '../../src/map/linkStrokes';
import { MarkStamps } from '../../src/map/markStamps';
import { CASING, ENDPOINT_FILL } from '../../src/map/palette';
import { dashStyleAt } from '../../src/model/dashStyle';
import { EMPHASIS_WIDTH } from '../../src/model/linkWidth';
import { installCanvasRecorders, recordingContext, RecordingPath } from '../helpers/canvas';

const colours: Record<string, string> = { ict: '#88ccee', legal: '#aa4499', hr: '#cc6677', finance: '#cc6677' };
const colour = (id: string) => colours[id]!;
const line = (id: string, width: number, services: string[], dashed = false, ends: [string, string] = [`${id}a`, `${id}b`]): Drawable => ({
  hit: { kind: 'group', group: { key: id, pointA: [0, 0], pointB: [0, 0], count: 1, partnershipIds: [id], low: 0, high: 0, unknown: 0, services } },
  ids: [id],
  x0: 0,
  y0: 0,
  x1: 10,
  y1: 10,
  cx: 5,
  cy: 5,
  straight: true,
  width,
  dashed,
  services,
  endA: ends[0],
  endB: ends[1],
});

afterEach(() => vi.restoreAllMocks());

describe('planStrokes', () => {
  it('strokes lines of one style as one batch, widest first', () => {
    const plan = planStrokes([line('a', 2, ['ict']), line('b', 6, ['ict']), line('c', 2, ['ict']), line('d', 2, ['legal'])], false, colour);
    expect(plan.map((batch) => batch.lines.map((d) => d.ids[0]))).toEqual([['b'], ['a', 'c'], ['d']]);
  });

  it('draws a target’s line hollow: a pale centre over its colour, in a batch apart from reported savings', () => {
    const target = { ...line('t', 4, ['ict']), target: true };
    const plan = planStrokes([line('a', 4, ['ict']), target], false, colour);
    expect(plan).toHaveLength(2);
    const hollow = plan.find((batch) => batch.lines[0]!.target)!;
    expect(hollow.passes.at(-1)).toEqual({ colour: ENDPOINT_FILL, width: 4 * HOLLOW_SHARE, dash: [], dashOffset: 0 });
    expect(plan.find((batch) => !batch.lines[0]!.target)!.passes).toHaveLength(2);
  });

  it('puts a casing under each batch, then its colour', () => {
    const [batch] = planStrokes([line('a', 4, ['ict'])], false, colour);
    expect(batch!.passes).toEqual([
      { colour: CASING, width: 6, dash: [], dashOffset: 0 },
      { colour: '#88ccee', width: 4, dash: [], dashOffset: 0 },
    ]);
  });

  it('stripes a line of several service areas, each colour in its turn along it', () => {
    const [batch] = planStrokes([line('a', 4, ['ict', 'legal', 'hr'])], false, colour);
    // (+ 0 turns the first offset's -0 into 0, the same to a canvas.)
    expect(batch!.passes.slice(1).map((pass) => ({ ...pass, dashOffset: pass.dashOffset + 0 }))).toEqual([
      { colour: '#88ccee', width: 4, dash: [9, 18], dashOffset: 0 },
      { colour: '#aa4499', width: 4, dash: [9, 18], dashOffset: -9 },
      { colour: '#cc6677', width: 4, dash: [9, 18], dashOffset: -18 },
    ]);
  });

  it('gives areas of one colour family one stripe, and a line of one family only a solid colour', () => {
    const [striped] = planStrokes([line('a', 4, ['ict', 'hr', 'finance'])], false, colour);
    expect(striped!.passes.slice(1).map((pass) => ({ ...pass, dashOffset: pass.dashOffset + 0 }))).toEqual([
      { colour: '#88ccee', width: 4, dash: [9, 9], dashOffset: 0 },
      { colour: '#cc6677', width: 4, dash: [9, 9], dashOffset: -9 },
    ]);
    const [solid] = planStrokes([line('b', 4, ['hr', 'finance'])], false, colour);
    expect(solid!.passes.slice(1)).toEqual([{ colour: '#cc6677', width: 4, dash: [], dashOffset: 0 }]);
  });

  it('dashes a line of unknown savings, casing too', () => {
    const [batch] = planStrokes([line('a', 1.5, ['ict'], true)], false, colour);
    expect(batch!.passes.map((pass) => pass.dash)).toEqual([
      [4, 4],
      [4, 4],
    ]);
  });

  it('dashes it as the zoom’s style says: zoomed out, longer dashes with no casing; a line of known savings keeps its casing', () => {
    const zoomedOut = dashStyleAt(5.5);
    const [batch] = planStrokes([line('a', 1.5, ['ict'], true)], false, colour, zoomedOut);
    expect(batch!.passes).toEqual([{ colour: '#88ccee', width: 1.5, dash: [zoomedOut.dash, zoomedOut.gap], dashOffset: 0 }]);
    const [striped] = planStrokes([line('b', 1.5, ['ict', 'legal'], true)], false, colour, zoomedOut);
    expect(striped!.passes.map((pass) => [pass.colour, pass.dash])).toEqual([
      ['#88ccee', [7, 13]],
      ['#aa4499', [7, 13]],
    ]);
    const [known] = planStrokes([line('c', 4, ['ict'])], false, colour, zoomedOut);
    expect(known!.passes[0]).toEqual({ colour: CASING, width: 6, dash: [], dashOffset: 0 });
  });

  it('draws emphasised lines wider', () => {
    const [batch] = planStrokes([line('a', 4, ['ict'])], true, colour);
    expect(batch!.passes.map((pass) => pass.width)).toEqual([6 + 2 * EMPHASIS_WIDTH, 4 + EMPHASIS_WIDTH]);
  });
});

describe('strokeLines', () => {
  it('strokes each batch’s one path once per pass, in the plan’s styles, and leaves no dash set', () => {
    installCanvasRecorders();
    const recorder = recordingContext();
    strokeLines(recorder.ctx, [line('a', 4, ['ict', 'legal']), line('b', 4, ['ict', 'legal'])], false, colour);
    expect(recorder.strokes.map((s) => [s.strokeStyle, s.lineWidth])).toEqual([
      [CASING, 6],
      ['#88ccee', 4],
      ['#aa4499', 4],
    ]);
    const path = recorder.strokes[0]!.path as RecordingPath;
    expect(recorder.strokes.every((s) => s.path === path)).toBe(true);
    expect(path.calls).toEqual([
      ['moveTo', 0, 0],
      ['lineTo', 10, 10],
      ['moveTo', 0, 0],
      ['lineTo', 10, 10],
    ]);
    expect(recorder.calls.at(-1)).toEqual(['setLineDash', []]);
  });
});

describe('drawEndpoints', () => {
  it('draws one dot per council, however many lines end there', () => {
    installCanvasRecorders();
    const recorder = recordingContext();
    drawEndpoints(recorder.ctx, [line('a', 4, ['ict'], false, ['X', 'Y']), line('b', 4, ['ict'], false, ['X', 'Z'])]);
    const dots = recorder.fills[0]!.path as RecordingPath;
    expect(dots.calls.filter(([name]) => name === 'arc')).toHaveLength(3);
    expect(dots.calls[1]).toEqual(['arc', 0, 0, ENDPOINT_RADIUS, 0, Math.PI * 2]);
    expect(recorder.strokes).toHaveLength(1);
  });
});

/** How many endpoint dots the recorded fills drew (arcs of the endpoints' radius in a path of their own). */
const endpointDots = (recorder: ReturnType<typeof recordingContext>) =>
  recorder.fills.flatMap((f) => (f.path instanceof RecordingPath ? f.path.calls : [])).filter(([name, , , radius]) => name === 'arc' && radius === ENDPOINT_RADIUS).length;

/** A group's mark: a point with a radius, in its service's colour. */
const mark = (id: string, service: string): Drawable => ({ ...line(id, 10, [service]), x1: 0, y1: 0, markRadius: 5 });

describe('drawBase', () => {
  it('strokes the lines, then draws the marks over them (traced where no image can be made), with no endpoint dots; says whether it drew a mark', () => {
    installCanvasRecorders();
    const noImages = new MarkStamps(() => null);
    const recorder = recordingContext();
    expect(drawBase(recorder.ctx, [line('a', 4, ['ict']), mark('m', 'legal')], colour, dashStyleAt(6), noImages)).toBe(true);
    // The line's casing and colour; then the mark's ring in its colour, its core and its edges.
    expect(recorder.strokes.slice(0, 2).map((s) => s.strokeStyle)).toEqual([CASING, '#88ccee']);
    expect(recorder.fills.map((f) => f.fillStyle)).toEqual(['#aa4499', '#ffffff']);
    expect(endpointDots(recorder)).toBe(0);
    const linesOnly = recordingContext();
    expect(drawBase(linesOnly.ctx, [line('a', 4, ['ict'])], colour, dashStyleAt(6), noImages)).toBe(false);
    expect(linesOnly.fills).toEqual([]);
  });
});

describe('drawOnTop', () => {
  it('strokes the lines in focus, then the emphasised ones with a hovered group, dots the ends of the first two only, then the marks', () => {
    installCanvasRecorders();
    const recorder = recordingContext();
    const onTop = { strong: [line('a', 4, ['ict'], false, ['X', 'Y'])], extra: [line('b', 4, ['legal'], false, ['Y', 'Z'])], hoveredGroup: [line('g', 4, ['hr'], false, ['P', 'Q'])], marks: { strong: [], extra: [mark('m', 'ict')] } };
    drawOnTop(recorder.ctx, { ...onTop, endpoints: true }, colour, dashStyleAt(6));
    expect(recorder.strokes.map((s) => s.strokeStyle).slice(0, 6)).toEqual([CASING, '#88ccee', CASING, '#cc6677', CASING, '#aa4499']);
    // X, Y and Z: not the hovered group's P and Q.
    expect(endpointDots(recorder)).toBe(3);
    expect(recorder.fills.at(-2)?.fillStyle).toBe('#88ccee');
    const noDots = recordingContext();
    drawOnTop(noDots.ctx, { ...onTop, endpoints: false }, colour, dashStyleAt(6));
    expect(endpointDots(noDots)).toBe(0);
  });
});
