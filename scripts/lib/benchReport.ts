import type { FrameStats } from './benchMeasure';
import type { Transfer } from './benchPage';
import type { FunctionShare, TraceSummary } from './benchProfile';

// The benchmark's results: what bench.ts collects, the targets they are
// judged against, and the Markdown written to bench/results.md.

export interface Stat {
  runs: number[];
  min: number;
  median: number;
  max: number;
}

export function stat(values: readonly number[]): Stat | null {
  const runs = values.filter((v) => Number.isFinite(v));
  if (!runs.length) return null;
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runs: runs.map(round1), min: round1(sorted[0]!), median: round1(median), max: round1(sorted.at(-1)!) };
}

const round1 = (v: number) => Math.round(v * 10) / 10;

export interface FrameResult {
  fps: Stat | null;
  medianMs: Stat | null;
  p95Ms: Stat | null;
  maxMs: Stat | null;
  longFrames: Stat | null;
}

export function frameResult(runs: readonly FrameStats[]): FrameResult {
  return {
    fps: stat(runs.map((r) => r.fps)),
    medianMs: stat(runs.map((r) => r.medianMs)),
    p95Ms: stat(runs.map((r) => r.p95Ms)),
    maxMs: stat(runs.map((r) => r.maxMs)),
    longFrames: stat(runs.map((r) => r.longFrames)),
  };
}

export interface SizeResult {
  /** "real", or the number of synthetic partnerships. */
  dataset: string;
  partnerships: number;
  /** Links when everything is shown, and the lines drawn for them at the first view (fewer when grouped). */
  links: number | null;
  drawn?: number | null;
  grouped?: boolean | null;
  /** The partnerships file served, relative to the project. */
  file: string;
  mapReady: Stat | null;
  linksShown: Stat | null;
  dataArrived: Stat | null;
  mapReadyThrottled: Stat | null;
  linksShownThrottled: Stat | null;
  select: Stat | null;
  selectToDraw: Stat | null;
  /** What was clicked in each run. */
  selectClicks: { council: string; name: string; partnerships: number; selected: string | null; zoom: number }[];
  filterOn: Stat | null;
  filterOnToDraw: Stat | null;
  filterOff: Stat | null;
  filterOffToDraw: Stat | null;
  pan: FrameResult;
  zoom: FrameResult;
  heapMB: Stat | null;
  /** First view, bytes as Chromium received them (gzipped bodies plus headers), from the first run. */
  transfer: Omit<Transfer, 'requests'> & { requests: Transfer['requests'] } | null;
  errors: string[];
}

export interface Target {
  id: string;
  label: string;
  dataset: string;
  limit: string;
  measured: string;
  met: boolean | null;
  /** What to profile when missed. */
  profile: 'load' | 'select' | 'filterOn' | 'filterOff' | 'pan' | 'zoom' | null;
}

export interface ProfileResult {
  target: string;
  dataset: string;
  kind: NonNullable<Target['profile']>;
  command: string;
  /** The measured time in the profiled run (ms), for scale. */
  measuredMs: number | null;
  summary: TraceSummary | null;
  trace: string | null;
  error?: string;
}

export interface Results {
  date: string;
  machine: { cpu: string; cores: number; memoryGB: number; os: string; node: string; chromium: string };
  /** clicks: council clicks and filter changes timed per run (absent in results made before it was an option: one). */
  settings: { runs: number; clicks?: number; throttle: number; seed: string; viewport: string; gzipLevel: number; command: string; commit: string };
  sizes: SizeResult[];
  targets: Target[];
  profiles: ProfileResult[];
  notes: string[];
}

const KB = 1024;
const ms = (s: Stat | null) => (s ? `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})` : 'n/a');
const fmt = (v: number) => (Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en-GB') : v.toFixed(1).replace(/\.0$/, ''));
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)}`;
const datasetLabel = (d: string) => (d === 'real' ? 'real' : `synthetic ${Number(d).toLocaleString('en-GB')}`);

function get(result: SizeResult | undefined, pick: (r: SizeResult) => Stat | null): Stat | null {
  return result ? pick(result) : null;
}

/** Judge the results against the issue's targets. */
export function judge(sizes: readonly SizeResult[]): Target[] {
  const by = (d: string) => sizes.find((s) => s.dataset === d);
  const targets: Target[] = [];
  const time = (id: string, label: string, dataset: string, limitMs: number, pick: (r: SizeResult) => Stat | null, profile: Target['profile']) => {
    const s = get(by(dataset), pick);
    if (!by(dataset)) return;
    targets.push({
      id,
      label,
      dataset,
      limit: `≤ ${fmt(limitMs)} ms`,
      measured: s ? `${fmt(s.median)} ms (median)` : 'not measured',
      met: s ? s.median <= limitMs : null,
      profile,
    });
  };
  time('map-ready-real', 'navigation → map-ready', 'real', 500, (r) => r.mapReady, 'load');
  time('links-shown-real', 'navigation → links shown (frame after the first draw with links)', 'real', 500, (r) => r.linksShown, 'load');
  time('map-ready-10000', 'navigation → map-ready', '10000', 1500, (r) => r.mapReady, 'load');
  time('links-shown-10000', 'navigation → links shown', '10000', 1500, (r) => r.linksShown, 'load');
  for (const [dataset, limit] of [
    ['10000', 50],
    ['50000', 150],
  ] as const) {
    time(`select-${dataset}`, 'council click → next frame', dataset, limit, (r) => r.select, 'select');
    time(`filter-on-${dataset}`, 'filter on (key button) → next frame', dataset, limit, (r) => r.filterOn, 'filterOn');
    time(`filter-off-${dataset}`, 'filter off (key button) → next frame', dataset, limit, (r) => r.filterOff, 'filterOff');
  }
  for (const gesture of ['pan', 'zoom'] as const) {
    const r = by('10000');
    if (!r) continue;
    const f = r[gesture];
    targets.push({
      id: `${gesture}-10000`,
      label: `${gesture}: 60 frames per second (no frame interval over 25 ms)`,
      dataset: '10000',
      limit: '60 fps, longest frame ≤ 25 ms',
      measured: f.fps && f.maxMs ? `${fmt(f.fps.median)} fps, longest frame ${fmt(f.maxMs.median)} ms (medians)` : 'not measured',
      met: f.fps && f.maxMs ? f.maxMs.median <= 25 : null,
      profile: gesture,
    });
  }
  const real = by('real');
  if (real?.transfer) {
    const { js, data } = real.transfer;
    targets.push({ id: 'transfer-js', label: 'first-view JavaScript, gzipped', dataset: 'real', limit: '≤ 150 KB', measured: `${kb(js)} KB`, met: js <= 150 * KB, profile: null });
    targets.push({ id: 'transfer-data', label: 'first-view data, gzipped', dataset: 'real', limit: '≤ 250 KB', measured: `${kb(data)} KB`, met: data <= 250 * KB, profile: null });
  }
  return targets;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((h) => (/^(Dataset|Target|Function|Activity|Thread|Where|Met)/.test(h) ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

function functionRows(rows: FunctionShare[], by: 'self' | 'total'): string[][] {
  return rows.map((f) => [
    `\`${f.name}\``,
    f.where || '(browser)',
    by === 'self' ? `${fmt(f.selfMs)} ms` : `${fmt(f.totalMs)} ms`,
    `${((by === 'self' ? f.selfShare : f.totalShare) * 100).toFixed(1)}%`,
  ]);
}

export function toMarkdown(results: Results): string {
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

  out.push('## Targets', '');
  out.push(
    table(
      ['Target', 'Dataset', 'Limit', 'Measured', 'Met'],
      results.targets.map((t) => [t.label, datasetLabel(t.dataset), t.limit, t.measured, t.met == null ? 'n/a' : t.met ? 'yes' : '**no**']),
    ),
    '',
  );

  out.push('## What is measured', '');
  out.push(
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
  );

  if (results.notes.length) {
    out.push('## Notes', '', ...results.notes.map((n) => `- ${n}`), '');
  }

  if (results.profiles.length) {
    out.push('## Where the time goes', '');
    for (const p of results.profiles) {
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
  }
  return out.join('\n');
}
