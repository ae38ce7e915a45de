import L from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { censusAsked, clusterBounds, clusterRadius, drawMarks, isMark, markCensus, markDrawable, markDrawables, markScaleAt } from '../../src/map/groupMarks';
import { buildLinks } from '../../src/model/links';
import { savingsWidthScale } from '../../src/model/linkWidth';
import { partitionLinks } from '../../src/model/membership';
import { makeAppData, partnership } from '../helpers/appData';
import { recordingContext, sizedContainer } from '../helpers/canvas';

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

describe('drawMarks, many at once', () => {
  it('fills the rings of one colour in one path, strokes the edges of each width in one, and all the cores in one', () => {
    const at = (x: number, r: number, service: string) => ({ ...markDrawable(mark!, () => ({ x, y: 10 })), markRadius: r, services: [service] });
    const marks = [at(0, 4, 'waste'), at(30, 8, 'waste'), at(60, 8, 'ict'), at(90, 4, 'ict')];
    const drawing = recordingContext();
    drawMarks(drawing.ctx, marks, false, (id) => (id === 'waste' ? '#00aa00' : '#0000aa'));
    expect(drawing.fills.map((f) => f.fillStyle)).toEqual(['#00aa00', '#0000aa', '#ffffff']);
    expect(drawing.strokes.map((s) => s.lineWidth)).toEqual([1, 1.5]);
    // Every mark is in its ring's path and in the cores' path: 4 rings and 4 cores.
    expect(drawing.calls.filter(([name]) => name === 'arc')).toHaveLength(4 + 4 + 4);
    expect(drawing.calls.filter(([name]) => name === 'beginPath')).toHaveLength(2 + 2 + 1);
  });
});

describe('markDrawables', () => {
  const other = partnership({ id: 'h', councils: ['E10000029', 'E07000201', 'E07000204', 'E07000200', 'E10000002'], lead: 'E10000029', services: ['ict'] });
  const [markH] = partitionLinks(buildLinks([other], 2015, data, savingsWidthScale(1))).marks;
  const at = (points: Record<string, { x: number; y: number }>) => (code: string) => points[code] ?? { x: 0, y: 0 };

  it('leaves marks apart as they are', () => {
    const drawn = markDrawables([mark!, markH!], at({ E10000002: { x: 0, y: 0 }, E10000029: { x: 100, y: 0 } }));
    expect(drawn).toEqual([markDrawable(mark!, at({ E10000002: { x: 0, y: 0 } })), markDrawable(markH!, at({ E10000029: { x: 100, y: 0 } }))]);
  });

  it('draws marks that would overlap as one cluster, between them, sized for its number at the scale, answering the pointer with both', () => {
    const drawn = markDrawables([mark!, markH!], at({ E10000002: { x: 0, y: 0 }, E10000029: { x: 4, y: 2 } }), 0.6);
    expect(drawn).toHaveLength(1);
    expect(drawn[0]).toMatchObject({ x0: 2, y0: 1, markRadius: clusterRadius(2, 0.6), width: clusterRadius(2, 0.6) * 2, ids: ['g', 'h'], services: ['waste', 'ict'] });
    expect(drawn[0]!.hit).toEqual({ kind: 'cluster', marks: [mark, markH] });
    expect(markCensus(drawn, (x, y) => ({ x: x + 10, y }))).toEqual({ marks: 1, clusters: [[12, 1, 2]] });
    // Asked for by the page only.
    expect(censusAsked()).toBe(false);
    (window as { markCensus?: boolean }).markCensus = true;
    expect(censusAsked()).toBe(true);
    delete (window as { markCensus?: boolean }).markCensus;
  });

  it('sizes clusters a little larger for more marks and at larger scales, with room for their number', () => {
    expect(clusterRadius(2, 0.6)).toBeGreaterThan(6);
    expect(clusterRadius(20, 0.6)).toBeGreaterThan(clusterRadius(2, 0.6));
    expect(clusterRadius(2, 1)).toBeGreaterThan(clusterRadius(2, 0.6));
  });
});

describe('drawMarks for a cluster', () => {
  it('draws a ring of its colours in proportion, its edge, a white core and its number', () => {
    const third = partnership({ id: 'k', councils: ['E10000029', 'E07000201', 'E07000204', 'E07000200', 'E10000002'], lead: 'E10000029', services: ['ict', 'legal'] });
    const marks = partitionLinks(buildLinks([group, third], 2015, data, savingsWidthScale(1))).marks;
    const [cluster] = markDrawables(marks, () => ({ x: 10, y: 10 }));
    const drawing = recordingContext();
    const colours: Record<string, string> = { waste: '#00aa00', ict: '#0000aa', legal: '#0000aa' };
    drawMarks(drawing.ctx, [cluster!], false, (id) => colours[id]!);
    // One partnership in green, one in blue (ICT and legal share a colour): two halves; then the white core.
    expect(drawing.fills.map((f) => f.fillStyle)).toEqual(['#00aa00', '#0000aa', '#ffffff']);
    const wedges = drawing.calls.filter(([name]) => name === 'arc').slice(0, 2);
    expect(wedges.map(([, , , , from, to]) => (to as number) - (from as number))).toEqual([Math.PI, Math.PI]);
    expect(drawing.calls.find(([name]) => name === 'fillText')).toEqual(['fillText', '2', 10, 10.5]);
  });
});

describe('drawMarks, many clusters at once', () => {
  it('fills each colour’s wedges of every cluster in one path, strokes all edges in one, fills all cores in one, and sets the font once for each size of number', () => {
    const third = partnership({ id: 'k', councils: ['E10000029', 'E07000201', 'E07000204', 'E07000200', 'E10000002'], lead: 'E10000029', services: ['ict', 'legal'] });
    const marks = partitionLinks(buildLinks([group, third], 2015, data, savingsWidthScale(1))).marks;
    const [cluster] = markDrawables(marks, () => ({ x: 10, y: 10 }));
    const clusters = [0, 40, 80].map((dx) => ({ ...cluster!, x0: 10 + dx, x1: 10 + dx, cx: 10 + dx }));
    const drawing = recordingContext();
    const fonts: unknown[] = [];
    const ctx = new Proxy(drawing.ctx, {
      set(target, name, value) {
        if (name === 'font') fonts.push(value);
        return Reflect.set(target, name, value);
      },
    });
    drawMarks(ctx, clusters, false, (id) => (id === 'waste' ? '#00aa00' : '#0000aa'));
    expect(drawing.fills.map((f) => f.fillStyle)).toEqual(['#00aa00', '#0000aa', '#ffffff']);
    expect(drawing.strokes.map((s) => s.lineWidth)).toEqual([1.5]);
    // Two wedges, an edge and a core for each of the three clusters.
    expect(drawing.calls.filter(([name]) => name === 'arc')).toHaveLength(3 * 4);
    expect(drawing.calls.filter(([name]) => name === 'fillText').map(([, text, x]) => [text, x])).toEqual([
      ['2', 10],
      ['2', 50],
      ['2', 90],
    ]);
    expect(fonts).toHaveLength(1);
  });
});

describe('clusterBounds', () => {
  let map: L.Map;
  afterEach(() => map.remove());
  const far = partnership({ id: 'far', councils: ['E10000029', 'E07000201', 'E07000204', 'E07000200', 'E10000002'], lead: 'E10000029', services: ['ict'] });
  const [markFar] = partitionLinks(buildLinks([far], 2015, data, savingsWidthScale(1))).marks;

  it('zooms to the members of the cluster’s partnerships', () => {
    map = L.map(sizedContainer(800, 600), { center: [54, -2], zoom: 5.5, zoomSnap: 0.25 });
    const bounds = clusterBounds(map, [mark!, markFar!], L.point(60, 60), 11)!;
    expect(bounds.getWest()).toBe(-0.8);
    expect(bounds.getEast()).toBe(1.0);
    expect(bounds.getNorth()).toBe(52.35);
  });

  it('zooms to the councils the marks sit on when their members span more than the map shows, and nowhere when that would not zoom in', () => {
    map = L.map(sizedContainer(800, 600), { center: [54, -2], zoom: 5.5, zoomSnap: 0.25 });
    // A national body among them: its members span the UK.
    const national = { ...markFar!, box: [-8, 50, 1.7, 60.8] as [number, number, number, number] };
    const bounds = clusterBounds(map, [mark!, national], L.point(60, 60), 11)!;
    expect([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]).toEqual([-0.8, 51.8, 1.0, 52.2]);
    map.setZoom(11);
    expect(clusterBounds(map, [mark!, markFar!], L.point(60, 60), 11)).toBeNull();
  });
});
