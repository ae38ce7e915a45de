import { describe, expect, it } from 'vitest';
import { summariseRuns } from '../../../scripts/bench/lighthouseResult';
import { resultNotes, thisMachine, withLighthouse } from '../../../scripts/bench/results';
import { resultsOf, sizeResultOf } from '../../helpers/benchResults';

describe('resultNotes', () => {
  it('names the council first clicked, and says when a click selected another', () => {
    const clicks = [
      { council: 'E07000223', name: 'Adur', partnerships: 12, selected: 'E07000223', zoom: 7 },
      { council: 'E07000223', name: 'Adur', partnerships: 12, selected: 'E07000229', zoom: 7 },
    ];
    expect(resultNotes([sizeResultOf('real', {}, { selectClicks: clicks })])).toEqual([
      'Real data: the council clicked was Adur (12 partnerships) at zoom 7; in some runs the click selected another council',
    ]);
  });

  it('counts the problems and quotes up to three different ones, without their run numbers', () => {
    const errors = ['run 1: pan: timeout', 'run 2: pan: timeout', 'run 2: zoom: no map', 'run 3: heap: x', 'run 3: page: y'];
    expect(resultNotes([sizeResultOf('1000', {}, { errors })])).toEqual(['1000 partnerships: 5 problem(s): pan: timeout; zoom: no map; heap: x']);
  });
});

describe('thisMachine', () => {
  it('describes the machine with the Chromium given', () => {
    const machine = thisMachine('150.0.1');
    expect(machine.chromium).toBe('150.0.1');
    expect(machine.cores).toBeGreaterThan(0);
    expect(machine.node).toBe(process.version);
  });
});

describe('withLighthouse', () => {
  it('replaces the Lighthouse runs and says when they were made, keeping every other measurement', () => {
    const before = resultsOf([sizeResultOf('real', { mapReady: [400, 450] })]);
    const runs = [{ page: 'map', path: '/', formFactor: 'mobile' as const, runs: [], summary: summariseRuns([]), errors: [] }];
    const made = { date: '2026-02-03T04:05:06.000Z', commit: 'def5678', command: 'npm run bench -- --lighthouse-write' };
    const after = withLighthouse(before, runs, made);
    expect(after.lighthouse).toBe(runs);
    expect(after.lighthouseMade).toEqual(made);
    expect({ ...after, lighthouse: undefined, lighthouseMade: undefined }).toEqual({ ...before, lighthouse: undefined, lighthouseMade: undefined });
  });
});
