import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCH_HELP, parseBenchOptions } from '../../../scripts/bench/options';

const root = '/project';

describe('parseBenchOptions', () => {
  it('reads --help as no options (print the help)', () => {
    expect(parseBenchOptions(['--help'], root)).toBeNull();
    expect(parseBenchOptions(['-h'], root)).toBeNull();
  });

  it('has the defaults the help gives', () => {
    const options = parseBenchOptions([], root)!;
    expect(options).toMatchObject({ runs: 5, clicks: 5, sizes: ['real', '1000', '10000', '50000'], seed: '1', throttle: 4, build: true, profile: 'missed', profileOnly: null, longTasks: false, reportOnly: false, keepTraces: false });
    expect(options.out).toBe(join(root, 'bench'));
    expect(options.command).toBe('npm run bench');
  });

  it('--quick is two runs of real and 1000 without profiles, and each option can still be set', () => {
    expect(parseBenchOptions(['--quick'], root)).toMatchObject({ runs: 2, clicks: 2, sizes: ['real', '1000'], profile: 'none' });
    expect(parseBenchOptions(['--quick', '--runs', '3', '--profile', 'all'], root)).toMatchObject({ runs: 3, profile: 'all' });
  });

  it('--long-tasks lists the first view’s long tasks once per page unless --runs says more, at the --throttle given', () => {
    expect(parseBenchOptions(['--long-tasks'], root)).toMatchObject({ longTasks: true, runs: 1, throttle: 4 });
    expect(parseBenchOptions(['--long-tasks', '--runs', '3', '--throttle', '6'], root)).toMatchObject({ longTasks: true, runs: 3, throttle: 6 });
  });

  it('reads sizes with separators, --no-build and the command as typed', () => {
    const options = parseBenchOptions(['--sizes', 'real, 10_000', '--no-build', '--seed', 'bench'], root)!;
    expect(options.sizes).toEqual(['real', '10000']);
    expect(options.build).toBe(false);
    expect(options.seed).toBe('bench');
    expect(options.command).toBe('npm run bench -- --sizes real, 10_000 --no-build --seed bench');
  });

  it('reads --profile-only as dataset and kind pairs', () => {
    expect(parseBenchOptions(['--profile-only', '10000:load,real:select'], root)!.profileOnly).toEqual([
      { dataset: '10000', kind: 'load' },
      { dataset: 'real', kind: 'select' },
    ]);
  });

  it('says what to write for a wrong value', () => {
    expect(() => parseBenchOptions(['--runs', '0'], root)).toThrow('--runs needs a whole number of at least 1');
    expect(() => parseBenchOptions(['--clicks', '1.5'], root)).toThrow('--clicks needs a whole number of at least 1');
    expect(() => parseBenchOptions(['--sizes', 'real,big'], root)).toThrow('--sizes: "big" is neither "real" nor a number');
    expect(() => parseBenchOptions(['--throttle', '0.5'], root)).toThrow('--throttle needs a number of at least 1');
    expect(() => parseBenchOptions(['--profile', 'some'], root)).toThrow('--profile is missed, all or none');
    expect(() => parseBenchOptions(['--profile-only', '10000:paint'], root)).toThrow('--profile-only: "10000:paint" is not DATASET:KIND');
    expect(() => parseBenchOptions(['--bogus'], root)).toThrow(/bogus/);
  });

  it('runs Lighthouse in a full run, not with --quick unless asked, alone with --lighthouse-only', () => {
    expect(parseBenchOptions([], root)).toMatchObject({ lighthouse: 'with', lighthouseRuns: 3 });
    expect(parseBenchOptions(['--quick'], root)).toMatchObject({ lighthouse: 'none', lighthouseRuns: 1 });
    expect(parseBenchOptions(['--quick', '--lighthouse'], root)).toMatchObject({ lighthouse: 'with', lighthouseRuns: 1 });
    expect(parseBenchOptions(['--no-lighthouse'], root)!.lighthouse).toBe('none');
    expect(parseBenchOptions(['--lighthouse-only', '--lighthouse-runs', '5'], root)).toMatchObject({ lighthouse: 'only', lighthouseRuns: 5, lighthouseWrite: false });
    expect(parseBenchOptions(['--lighthouse-write'], root)).toMatchObject({ lighthouse: 'only', lighthouseRuns: 3, lighthouseWrite: true });
    expect(() => parseBenchOptions(['--no-lighthouse', '--lighthouse-write'], root)).toThrow('--no-lighthouse cannot go with');
  });

  it('refuses Lighthouse options that contradict each other, and a wrong number of runs', () => {
    expect(() => parseBenchOptions(['--no-lighthouse', '--lighthouse-only'], root)).toThrow('--no-lighthouse cannot go with');
    expect(() => parseBenchOptions(['--lighthouse-runs', '0'], root)).toThrow('--lighthouse-runs needs a whole number');
  });

  it('leaves the peers out unless asked: --peers with the rest, --peers-only alone, with their own runs and clicks', () => {
    expect(parseBenchOptions([], root)).toMatchObject({ peers: 'none', peerRuns: 3, peerClicks: 2 });
    expect(parseBenchOptions(['--peers'], root)!.peers).toBe('with');
    expect(parseBenchOptions(['--peers-only', '--peer-runs', '2', '--peer-clicks', '1'], root)).toMatchObject({ peers: 'only', peerRuns: 2, peerClicks: 1 });
    expect(() => parseBenchOptions(['--peers-only', '--lighthouse-only'], root)).toThrow('--peers-only cannot go with');
    expect(() => parseBenchOptions(['--peers-only', '--report-only'], root)).toThrow('--peers-only cannot go with');
    expect(() => parseBenchOptions(['--peer-runs', '0'], root)).toThrow('--peer-runs needs a whole number');
    expect(BENCH_HELP).toContain('--peers-only');
  });
});
