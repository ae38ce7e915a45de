import { describe, expect, it } from 'vitest';
import type { LighthouseResult } from '../../../scripts/bench/lighthouseResult';
import { lighthouseTable, toMarkdown } from '../../../scripts/bench/markdown';
import { withLighthouse } from '../../../scripts/bench/results';
import { judge } from '../../../scripts/bench/targets';
import { resultsOf, sizeResultOf } from '../../helpers/benchResults';

const real = sizeResultOf('real', { mapReady: [400, 450, 900], select: [41.25, 48] });

describe('toMarkdown', () => {
  it('says how the results were made, on what', () => {
    const md = toMarkdown(resultsOf([real]));
    expect(md.startsWith('# Benchmark results\n\nMade by `npm run bench -- --quick` on 2026-01-02T03:04:05.000Z, of the app at commit abc1234.')).toBe(true);
    expect(md).toContain('- Machine: Test CPU, 2 cores, 8 GB; Linux 6');
    expect(md).toContain('- 2 runs of everything for each dataset, with 2 council clicks and 2 filter changes each way per run');
  });

  it('writes each dataset as a row of median (min–max)', () => {
    const md = toMarkdown(resultsOf([real, sizeResultOf('10000', {}, { links: 20000, drawn: 500, grouped: true })]));
    expect(md).toContain('| real | 653 | 1,200 | 450 (400–900) | n/a | n/a | n/a | 44.6 (41.3–48) | n/a | n/a |');
    expect(md).toContain('| synthetic 10,000 | 10,000 | 20,000 (drawn as 500 groups) |');
    expect(md).toContain('| real | 12.5 (12.5–12.5) | 100.0 | 6.0 | 300.0 | 2.0 | n/a |');
  });

  it('lists the targets with what was met, then what is measured', () => {
    const md = toMarkdown(resultsOf([real], { targets: judge([real]) }));
    expect(md).toContain('| navigation → map-ready | real | ≤ 500 ms | 450 ms (median) | yes |');
    expect(md).toContain('| first-view data, gzipped | real | ≤ 250 KB | 300.0 KB | **no** |');
    expect(md.indexOf('## Targets')).toBeLessThan(md.indexOf('## What is measured'));
  });

  it('adds notes and profiles only when there are some', () => {
    expect(toMarkdown(resultsOf([real]))).not.toContain('## Notes');
    expect(toMarkdown(resultsOf([real]))).not.toContain('## Where the time goes');
    const md = toMarkdown(
      resultsOf([real], {
        notes: ['Real data: clicked Adur'],
        profiles: [{ target: 'council click → next frame', dataset: '10000', kind: 'select', command: 'npm run bench -- --profile-only 10000:select', measuredMs: null, summary: null, trace: null, error: 'no map' }],
      }),
    );
    expect(md).toContain('## Notes\n\n- Real data: clicked Adur');
    expect(md).toContain('### council click → next frame (synthetic 10,000)\n\nReproduce: `npm run bench -- --profile-only 10000:select`.\n\nNot profiled: no map');
  });

  it('writes a profile as tables of threads, kinds of work and functions', () => {
    const fn = { name: 'draw', where: 'src/map/linkCanvas.ts', selfMs: 12, selfShare: 0.25, totalMs: 20, totalShare: 0.5 };
    const summary = { windowMs: 48, threads: [{ name: 'CrRendererMain', ms: 40, share: 0.83 }], mainThread: [{ name: 'FunctionCall', ms: 30, share: 0.6 }], kinds: [{ name: 'script', ms: 30, share: 0.6 }], functions: [fn], functionsByTotal: [fn] };
    const md = toMarkdown(resultsOf([real], { profiles: [{ target: 'pan', dataset: '10000', kind: 'pan', command: 'c', measuredMs: 33, summary, trace: '.cache/bench/traces/10000-pan.json.gz' }] }));
    expect(md).toContain('Window: 48 ms (the profiled run measured 33 ms).');
    expect(md).toContain('| CrRendererMain | 40 | 83% |');
    expect(md).toContain('| `draw` | src/map/linkCanvas.ts | 12 ms | 25.0% |');
    expect(md).toContain('| `draw` | src/map/linkCanvas.ts | 20 ms | 50.0% |');
  });
});

describe('lighthouseTable and the Lighthouse section', () => {
  const summaryOf = (score: number, tbt: [number, number], cls: number) => ({
    score: { median: score, min: score, max: score },
    fcpMs: { median: 1725.5, min: 1700.2, max: 1800 },
    lcpMs: { median: 2400, min: 2400, max: 2400 },
    tbtMs: { median: (tbt[0] + tbt[1]) / 2, min: tbt[0], max: tbt[1] },
    cls: { median: cls, min: cls, max: cls },
    longestTaskMs: { median: 0, min: 0, max: 0 },
  });
  const lighthouse: LighthouseResult[] = [
    { page: 'map', path: '/', formFactor: 'mobile', runs: [], summary: summaryOf(91, [100, 300], 0.0042), errors: ['run 3: NO_FCP: no paint'] },
    { page: 'embed', path: '/?embed=1&council=E07000223', formFactor: 'desktop', runs: [], summary: { ...summaryOf(99, [0, 0], 0), lcpMs: null }, errors: [] },
  ];

  it('writes a row per page and run: score, paints, blocking time, layout shift and the longest task, median (min–max) where the runs differ', () => {
    const md = lighthouseTable(lighthouse);
    expect(md.split('\n')[0]).toBe('| Page | Run | runs | performance | FCP | LCP | TBT | CLS | longest task |');
    expect(md.split('\n')[1]).toBe('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    expect(md).toContain('| `/` | mobile (default: slow 4G, CPU 4× slower) | 0 (1 failed) | 91 | 1,726 (1,700–1,800) | 2,400 | 200 (100–300) | 0.004 | 0 |');
    expect(md).toContain('| `/?embed=1&council=E07000223` | desktop | 0 | 99 | 1,726 (1,700–1,800) | n/a | 0 | 0.000 | 0 |');
  });

  it('adds the section, with the failures, before the targets, only when Lighthouse ran', () => {
    const md = toMarkdown(resultsOf([real], { lighthouse }));
    expect(md).toContain('## Lighthouse');
    expect(md).toContain('- /, mobile: run 3: NO_FCP: no paint');
    expect(md.indexOf('## Lighthouse')).toBeLessThan(md.indexOf('## Targets'));
    expect(toMarkdown(resultsOf([real]))).not.toContain('## Lighthouse');
  });

  it('says when the runs were made apart from the rest (--lighthouse-write), and of which commit', () => {
    const made = { date: '2026-02-03T04:05:06.000Z', commit: 'commit def5678', command: 'npm run bench -- --lighthouse-write' };
    const md = toMarkdown(withLighthouse(resultsOf([real], { lighthouse }), lighthouse, made));
    expect(md).toContain('Made apart from the rest, by `npm run bench -- --lighthouse-write` on 2026-02-03T04:05:06.000Z, of the app at commit def5678 (the tables above are of the app at commit abc1234).');
    expect(toMarkdown(resultsOf([real], { lighthouse }))).not.toContain('Made apart');
  });
});
