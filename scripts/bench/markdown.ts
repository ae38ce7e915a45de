import { datasetLabel, formatNumber as fmt, kb } from './format';
import type { ProfileResult, Results } from './results';
import type { Stat } from './stats';
import type { FunctionShare } from './cpuProfile';
import type { LighthouseResult, LighthouseSummary } from './lighthouseResult';
import { peersSection } from './peers/peerMarkdown';

// bench/results.md: the results as tables, what each number measures, and
// where the time goes in the targets that were profiled.

const ms = (s: Stat | null) => (s ? `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})` : 'n/a');

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((h) => (/^(Dataset|Target|Function|Activity|Thread|Where|Met|Page|Run)/.test(h) ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

function functionRows(rows: FunctionShare[], by: 'self' | 'total'): string[][] {
  return rows.map((f) => [
    `\`${f.name}\``,
    f.where || '(browser)',
    by === 'self' ? `${fmt(f.selfMs)} ms` : `${fmt(f.totalMs)} ms`,
    `${((by === 'self' ? f.selfShare : f.totalShare) * 100).toFixed(1)}%`,
  ]);
}

/** The whole of bench/results.md. */
export function toMarkdown(results: Results): string {
  return [...heading(results), ...timesTables(results), ...lighthouseSection(results), ...targetsTable(results), ...peersSection(results.peers), ...WHAT_IS_MEASURED, ...notesList(results), ...profileSections(results.profiles)].join('\n');
}

function heading(results: Results): string[] {
  const { machine, settings } = results;
  const out: string[] = [];
  out.push('# Benchmark results', '');
  out.push(`Made by \`${settings.command}\` on ${results.date}, of the app at ${settings.commit}.`, '');
  out.push(
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; ${machine.os}`,
    `- Node ${machine.node}; Chromium ${machine.chromium}, headless, software rendering (\`--disable-gpu\`)`,
    `- Viewport ${settings.viewport}; a fresh browser context (empty cache) for every load; served from 127.0.0.1 with gzip (level ${settings.gzipLevel})`,
    `- ${settings.runs} runs of everything for each dataset, with ${settings.clicks ?? 1} council click${(settings.clicks ?? 1) === 1 ? '' : 's'} and ${settings.clicks ?? 1} filter change${(settings.clicks ?? 1) === 1 ? '' : 's'} each way per run: median, then (min–max), in milliseconds unless marked`,
    `- Synthetic datasets: \`scripts/generateSynthetic.ts --seed ${settings.seed}\` over the real councils (see scripts/lib/syntheticPartnerships.ts), served in place of data/partnerships.json and data/partnership-details.json; the app is the same build`,
    '',
  );
  return out;
}

function timesTables(results: Results): string[] {
  const { settings } = results;
  const out: string[] = [];
  out.push('## Load and interaction times', '');
  out.push(
    table(
      ['Dataset', 'Partnerships', 'Links', 'map-ready', 'links shown', `map-ready, CPU ${settings.throttle}× slower`, `links shown, CPU ${settings.throttle}× slower`, 'council click → frame', 'filter on → frame', 'filter off → frame'],
      results.sizes.map((s) => [
        datasetLabel(s.dataset),
        s.partnerships.toLocaleString('en-GB'),
        s.links == null ? 'n/a' : `${s.links.toLocaleString('en-GB')}${s.grouped && s.drawn != null ? ` (drawn as ${s.drawn.toLocaleString('en-GB')} groups)` : ''}`,
        ms(s.mapReady),
        ms(s.linksShown),
        ms(s.mapReadyThrottled),
        ms(s.linksShownThrottled),
        ms(s.select),
        ms(s.filterOn),
        ms(s.filterOff),
      ]),
    ),
    '',
  );

  out.push('## Pan and zoom', '', 'Frames per second over the gesture and the redraw after it; the 95th-percentile and longest interval between frames (ms).', '');
  out.push(
    table(
      ['Dataset', 'pan fps', 'pan p95 frame', 'pan longest frame', 'zoom fps', 'zoom p95 frame', 'zoom longest frame'],
      results.sizes.map((s) => [datasetLabel(s.dataset), ms(s.pan.fps), ms(s.pan.p95Ms), ms(s.pan.maxMs), ms(s.zoom.fps), ms(s.zoom.p95Ms), ms(s.zoom.maxMs)]),
    ),
    '',
  );

  out.push('## Memory and first-view transfer', '', 'JS heap after load and a forced garbage collection (MB); bytes received for the first view (KB = 1,024 bytes, gzipped bodies plus response headers, as Chromium counts them).', '');
  out.push(
    table(
      ['Dataset', 'JS heap (MB)', 'JS (KB)', 'CSS (KB)', 'data (KB)', 'other (KB)', 'data arrived'],
      results.sizes.map((s) => [
        datasetLabel(s.dataset),
        ms(s.heapMB),
        s.transfer ? kb(s.transfer.js) : 'n/a',
        s.transfer ? kb(s.transfer.css) : 'n/a',
        s.transfer ? kb(s.transfer.data) : 'n/a',
        s.transfer ? kb(s.transfer.other) : 'n/a',
        ms(s.dataArrived),
      ]),
    ),
    '',
  );
  return out;
}

const LIGHTHOUSE_RUN_NAMES = { mobile: 'mobile (default: slow 4G, CPU 4× slower)', desktop: 'desktop' } as const;

/** A measure over the runs: the median, then (min–max) when the runs differ. */
function spread(value: LighthouseSummary[keyof LighthouseSummary], format: (v: number) => string): string {
  if (!value) return 'n/a';
  return value.min === value.max ? format(value.median) : `${format(value.median)} (${format(value.min)}–${format(value.max)})`;
}

/** The Lighthouse runs as a table: one row per page and form factor. */
export function lighthouseTable(results: readonly LighthouseResult[]): string {
  const msOf = (v: number) => fmt(Math.round(v));
  return table(
    ['Page', 'Run', 'runs', 'performance', 'FCP', 'LCP', 'TBT', 'CLS', 'longest task'],
    results.map((r) => [
      `\`${r.path}\``,
      LIGHTHOUSE_RUN_NAMES[r.formFactor],
      `${r.runs.length}${r.errors.length ? ` (${r.errors.length} failed)` : ''}`,
      spread(r.summary.score, (v) => String(Math.round(v))),
      spread(r.summary.fcpMs, msOf),
      spread(r.summary.lcpMs, msOf),
      spread(r.summary.tbtMs, msOf),
      spread(r.summary.cls, (v) => v.toFixed(3)),
      spread(r.summary.longestTaskMs, msOf),
    ]),
  );
}

function lighthouseSection({ lighthouse: results = [], lighthouseMade: made, settings }: Results): string[] {
  if (!results.length) return [];
  return [
    '## Lighthouse',
    '',
    ...(made ? [`Made apart from the rest, by \`${made.command}\` on ${made.date}, of the app at ${made.commit} (the tables above are of the app at ${settings.commit}).`, ''] : []),
    'Lighthouse 12\'s performance category, its default mobile run and its desktop preset (simulated throttling), of the production build: score 0–100, then first and largest contentful paint, total blocking time and the longest main-thread task in ms, and cumulative layout shift; median, then (min–max) over the runs.',
    '',
    lighthouseTable(results),
    '',
    ...results.flatMap((r) => r.errors.map((e) => `- ${r.path}, ${r.formFactor}: ${e}`)),
    ...(results.some((r) => r.errors.length) ? [''] : []),
  ];
}

function targetsTable(results: Results): string[] {
  return [
    '## Targets',
    '',
    table(
      ['Target', 'Dataset', 'Limit', 'Measured', 'Met'],
      results.targets.map((t) => [t.label, datasetLabel(t.dataset), t.limit, t.measured, t.met == null ? 'n/a' : t.met ? 'yes' : '**no**']),
    ),
    '',
  ];
}

const WHAT_IS_MEASURED = [
  '## What is measured',
  '',
  '- **map-ready**: `performance.mark(\'map-ready\').startTime`, from navigation start (the app marks it in the frame after the link canvas first draws).',
  '- **links shown**: from navigation start to the first `requestAnimationFrame` callback after the first `links-drawn` mark with links in it, i.e. the frame that shows the links. The link canvas also draws once, empty, when it is added to the map, and map-ready follows that empty draw, so map-ready can come before the links are drawn; the gap grows with the data.',
  '- **Links**: the links of all partnerships (a partnership of n councils makes n − 1), from the `links-drawn` mark; when the app groups them at the first view\'s zoom, the number of groups drawn.',
  '- Every "→ frame" time includes waiting for frames: the app draws in a `requestAnimationFrame` callback and the time ends at the callback of the frame after, so even an instant change measures one to two frame intervals (17–33 ms at 60 Hz).',
  '- **council click → frame**: a real mouse click (CDP mouse events) inside the shape of a council on the map, at a spot with no link drawn within 6 pixels (so it selects the council, not a link), chosen as the busiest council (most partnerships) that has such a spot at the starting zoom; when none has, the map is first zoomed in (without animation, not timed) where links leave the most land free, until one has. Measured from the click event\'s `timeStamp` to the `requestAnimationFrame` callback that follows the first `links-drawn` mark after it: the start of the frame after the one with the new highlighting. The mouse is moved there first and the hover redraws allowed to finish.',
  '- **filter on / off → frame**: the same, for a click on the first service-area button of the key (turning that filter on, then off again).',
  '- **pan**: a 320 × 160 pixel mouse drag in 40 moves about 16 ms apart, from the release to the redraw after it; **zoom**: four mouse-wheel steps (two in, two out) 350 ms apart, until the redraw after the last. Frame intervals are `requestAnimationFrame` deltas in the page. Both start from the first view.',
  '- **JS heap**: `Runtime.getHeapUsage().usedSize` after `HeapProfiler.collectGarbage`, after load.',
  '- **CPU slower**: CDP `Emulation.setCPUThrottlingRate`, set before navigation.',
  '- **Transfer**: the sum of CDP `Network.loadingFinished.encodedDataLength` for requests finished by map-ready, split by kind (JavaScript, CSS, the first view\'s data files, other: the page, images and any later data such as the partnership details).',
  '- Times vary from run to run on this shared two-core machine; compare medians, and treat a single run far from the others as noise.',
  '- Profiles (below) are made in separate runs, with Chromium tracing (CDP `Tracing`, including V8\'s sampling CPU profiler) of an unminified build of the same code, so function names are readable; tracing slows the run a little.',
  '',
];

function notesList(results: Results): string[] {
  return results.notes.length ? ['## Notes', '', ...results.notes.map((n) => `- ${n}`), ''] : [];
}

function profileSections(profiles: readonly ProfileResult[]): string[] {
  if (!profiles.length) return [];
  const out: string[] = ['## Where the time goes', ''];
  for (const p of profiles) {
    out.push(`### ${p.target} (${datasetLabel(p.dataset)})`, '');
    out.push(`Reproduce: \`${p.command}\`${p.trace ? `; trace: \`${p.trace}\` (open in Chromium DevTools → Performance)` : ''}.`, '');
    if (!p.summary) {
      out.push(`Not profiled: ${p.error ?? 'unknown error'}`, '');
      continue;
    }
    const s = p.summary;
    out.push(`Window: ${fmt(s.windowMs)} ms${p.measuredMs != null ? ` (the profiled run measured ${fmt(p.measuredMs)} ms)` : ''}.`, '');
    out.push('Threads (busy time):', '', table(['Thread', 'ms', 'share'], s.threads.map((t) => [t.name, fmt(t.ms), `${(t.share * 100).toFixed(0)}%`])), '');
    out.push('Renderer main thread by kind of work:', '', table(['Activity', 'ms', 'share'], s.kinds.map((k) => [k.name, fmt(k.ms), `${(k.share * 100).toFixed(0)}%`])), '');
    out.push(
      'Renderer main thread, busiest trace events by self time (`Commit` includes rasterising the canvases in software; `FunctionCall` and `FireAnimationFrame` are JavaScript):',
      '',
      table(['Activity', 'ms', 'share'], s.mainThread.slice(0, 8).map((k) => [`\`${k.name}\``, fmt(k.ms), `${(k.share * 100).toFixed(0)}%`])),
      '',
    );
    out.push('Functions by self time (main thread, from the CPU samples; `(program)` is native work with no JavaScript on the stack, such as rasterising canvases, painting and committing frames):', '', table(['Function', 'Where', 'self', 'share'], functionRows(s.functions.slice(0, 12), 'self')), '');
    out.push('The app\'s own functions by total time (including what they call):', '', table(['Function', 'Where', 'total', 'share'], functionRows(s.functionsByTotal.slice(0, 12), 'total')), '');
  }
  return out;
}
