import { describe, expect, it } from 'vitest';
import { drawMarks, isMark, markDrawable, markScaleAt } from '../../src/map/groupMarks';
import { buildLinks } from '../../src/model/links';
import { savingsWidthScale } from '../../src/model/linkWidth';
import { partitionLinks } from '../../src/model/membership';
import { makeAppData, partnership } from '../helpers/appData';
import { recordingContext } from '../helpers/canvas';

const data = makeAppData();
const group = partnership({ id: 'g', councils: ['E10000029', 'E07000201', 'E07000204', 'E07000200', 'E10000002'], lead: 'E10000002', services: ['waste'] });
const [mark] = partitionLinks(buildLinks([group], 2015, data, savingsWidthScale(1))).marks;

describe('markDrawable', () => {
  it('places a group’s mark on its council as a point whose width is its diameter, answering the pointer as its link', () => {
    const d = markDrawable(mark!, (code) => (code === 'E10000002' ? { x: 40, y: 30 } : { x: 0, y: 0 }));
    expect(d).toMatchObject({ x0: 40, y0: 30, x1: 40, y1: 30, width: mark!.radius * 2, markRadius: mark!.radius, ids: ['g'], services: ['waste'] });
    expect(d.hit).toEqual({ kind: 'link', link: mark!.link });
    expect(isMark(d)).toBe(true);
  });
});

describe('markScaleAt', () => {
  it('draws marks at 0.6 of their size at the whole UK, full size from zoom 8, growing steadily between', () => {
    expect(markScaleAt(4.5)).toBe(0.6);
    expect(markScaleAt(5.5)).toBe(0.6);
    expect(markScaleAt(6.75)).toBeCloseTo(0.8, 10);
    expect(markScaleAt(8)).toBe(1);
    expect(markScaleAt(12)).toBe(1);
    for (let z = 4.5; z < 12; z += 0.25) expect(markScaleAt(z + 0.25)).toBeGreaterThanOrEqual(markScaleAt(z));
  });

  it('scales a mark’s radius and its width for the hit test together', () => {
    const d = markDrawable(mark!, () => ({ x: 0, y: 0 }), 0.6);
    expect(d.markRadius).toBeCloseTo(mark!.radius * 0.6, 10);
    expect(d.width).toBeCloseTo(mark!.radius * 1.2, 10);
  });
});

describe('drawMarks', () => {
  it('fills each mark in its service colour with a white core, larger when emphasised', () => {
    const d = markDrawable(mark!, () => ({ x: 10, y: 10 }));
    const plain = recordingContext();
    drawMarks(plain.ctx, [d], false, (id) => (id === 'waste' ? '#abcdef' : '#000'));
    expect(plain.fills.map((f) => f.fillStyle)).toEqual(['#abcdef', '#ffffff']);
    const arcs = plain.calls.filter(([name]) => name === 'arc');
    expect(arcs[0]).toEqual(['arc', 10, 10, mark!.radius, 0, Math.PI * 2]);
    const bold = recordingContext();
    drawMarks(bold.ctx, [d], true, () => '#abcdef');
    expect(bold.calls.find(([name]) => name === 'arc')).toEqual(['arc', 10, 10, mark!.radius + 2, 0, Math.PI * 2]);
  });
});
