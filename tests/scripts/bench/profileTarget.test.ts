import { describe, expect, it } from 'vitest';
import { inputEventType, profileLines } from '../../../scripts/bench/profileTarget';

describe('inputEventType', () => {
  it('starts a profile at the input that makes the work', () => {
    expect(inputEventType('select')).toBe('click');
    expect(inputEventType('filterOff')).toBe('click');
    expect(inputEventType('pan')).toBe('mousedown');
    expect(inputEventType('zoom')).toBe('wheel');
    expect(inputEventType('load')).toBeNull();
  });
});

describe('profileLines', () => {
  const base = { target: 'council click → next frame', dataset: '10000', kind: 'select' as const, command: 'npm run bench -- --profile-only 10000:select', measuredMs: 61.6, trace: null };

  it('says why a target was not profiled', () => {
    expect(profileLines({ ...base, summary: null, error: 'no map' })).toEqual(['\ncouncil click → next frame (10000): npm run bench -- --profile-only 10000:select', '  not profiled: no map']);
  });

  it('prints the window, threads, kinds of work and the busiest functions', () => {
    const fn = { name: 'drawLinks', where: 'src/map/linkCanvas.ts', selfMs: 20.4, selfShare: 0.333, totalMs: 30, totalShare: 0.5 };
    const summary = { windowMs: 60, threads: [{ name: 'CrRendererMain', ms: 50, share: 0.8 }], mainThread: [], kinds: [{ name: 'script', ms: 30, share: 0.5 }], functions: [fn], functionsByTotal: [fn] };
    expect(profileLines({ ...base, summary }).slice(1)).toEqual([
      '  window 60 ms; measured 62 ms',
      '  threads: CrRendererMain 50 ms',
      '  main thread: script 50%',
      '  self     20 ms  33.3%  drawLinks  src/map/linkCanvas.ts',
      '  total    30 ms  50.0%  drawLinks  src/map/linkCanvas.ts',
    ]);
  });
});
