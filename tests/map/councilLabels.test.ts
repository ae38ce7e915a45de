import { describe, expect, it } from 'vitest';
import { drawLabels, endsOf, labelsPlan, planLabels, visibleFrame } from '../../src/map/councilLabels';
import type { Drawable } from '../../src/map/linkDrawables';
import { recordingContext } from '../helpers/canvas';

const line = (endA: string, endB: string, x0: number, x1: number): Drawable => ({
  hit: { kind: 'group', group: {} as never },
  ids: ['p'],
  x0,
  y0: 0,
  x1,
  y1: 0,
  cx: (x0 + x1) / 2,
  cy: 0,
  straight: true,
  width: 2,
  dashed: false,
  services: [],
  endA,
  endB,
});
const names: Record<string, string> = { A: 'Adur', B: 'Worthing', C: 'Brighton and Hove' };

describe('endsOf', () => {
  it('gives each council at the lines’ ends once, the focused one first', () => {
    expect(endsOf([line('A', 'B', 0, 100), line('B', 'C', 100, 300)], 'C').map((p) => p.code)).toEqual(['C', 'A', 'B']);
  });
});

describe('planLabels and drawLabels', () => {
  it('names each council in the words given, placed without overlap, and draws each with a halo then the name', () => {
    const placed = planLabels(endsOf([line('A', 'B', 0, 100), line('B', 'C', 100, 300)], null), (code) => names[code]!, (text) => text.length * 6);
    expect(placed.map((p) => p.text)).toEqual(['Adur', 'Worthing', 'Brighton and Hove']);
    const { ctx, calls } = recordingContext();
    drawLabels(ctx, placed);
    expect(calls.filter(([name]) => name === 'strokeText' || name === 'fillText').map(([name, text]) => `${name}:${String(text)}`)).toEqual([
      'strokeText:Adur',
      'fillText:Adur',
      'strokeText:Worthing',
      'fillText:Worthing',
      'strokeText:Brighton and Hove',
      'fillText:Brighton and Hove',
    ]);
  });

  it('plans nothing with no lines, and a box around the names with some', () => {
    expect(labelsPlan([], null, String).extent).toBeNull();
    const plan = labelsPlan([line('A', 'B', 0, 200)], 'A', (code) => names[code]!);
    expect(plan.extent).not.toBeNull();
    expect(plan.extent!.min!.x).toBeLessThanOrEqual(5);
  });
});

describe('visibleFrame', () => {
  it('is the map container’s box in layer pixels, from its top-left corner to its size', () => {
    // A map panned so that the container's corner is at layer point (-30, 20).
    const map = {
      containerPointToLayerPoint: (p: [number, number] | { x: number; y: number }) => {
        const [x, y] = Array.isArray(p) ? p : [p.x, p.y];
        return { x: x - 30, y: y + 20 };
      },
      getSize: () => ({ x: 400, y: 300 }),
    };
    expect(visibleFrame(map as never)).toEqual([-30, 20, 370, 320]);
  });
});
