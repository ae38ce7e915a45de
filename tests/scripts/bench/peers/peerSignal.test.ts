import { describe, expect, it } from 'vitest';
import { rgbOf, signalLinksDrawn } from '../../../../scripts/bench/peers/peerSignal';

function target() {
  const marks: { name: string; detail: unknown }[] = [];
  const dataset: DOMStringMap = {};
  return {
    marks,
    dataset,
    performance: { mark: (name: string, options?: PerformanceMarkOptions) => (marks.push({ name, detail: options?.detail }), {} as PerformanceMark) },
    document: { documentElement: { dataset } },
  };
}

describe('how a reference page signals its draws', () => {
  it('marks map-ready once, at the first draw, then links-drawn with the links at every draw', () => {
    const t = target();
    signalLinksDrawn(t, 12);
    signalLinksDrawn(t, 3);
    expect(t.dataset.mapReady).toBe('true');
    expect(t.marks.map((m) => m.name)).toEqual(['map-ready', 'links-drawn', 'links-drawn']);
    expect(t.marks[1]!.detail).toEqual({ links: 12, drawn: 12, grouped: false });
    expect(t.marks[2]!.detail).toEqual({ links: 3, drawn: 3, grouped: false });
  });

  it('reads the service colours for WebGL', () => {
    expect(rgbOf('#332288')).toEqual([0x33, 0x22, 0x88]);
    expect(rgbOf('#CC6677')).toEqual([0xcc, 0x66, 0x77]);
    expect(rgbOf('#abc')).toEqual([0xaa, 0xbb, 0xcc]);
    expect(rgbOf('red')).toEqual([119, 119, 119]);
  });
});
