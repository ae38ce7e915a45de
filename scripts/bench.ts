import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { DATA_DIR, DATA_FILES } from '../src/shared/dataFiles';
import type { Council, PartnershipSummary } from '../src/shared/types';
import { LAST_BOUNDARY_YEAR } from '../src/shared/types';
import { councilExistsIn } from '../src/shared/councilYears';
import { writeSynthetic } from './generateSynthetic';
import { launchChromium } from './lib/chromium';
import { asUsageError, reportError } from './lib/commandLine';
import {
  getView,
  goBack,
  heapAfterGc,
  measureFilter,
  measurePan,
  measureSelect,
  measureZoom,
  openAndLoad,
  setView,
  VIEWPORT,
  type ClickWrapper,
  type FrameStats,
  type InputTiming,
  type OpenPage,
} from './lib/benchMeasure';
import { buildModules, captureTrace, summariseTrace, type TraceEvent } from './lib/benchProfile';
import { frameResult, judge, stat, toMarkdown, type ProfileResult, type Results, type SizeResult, type Target } from './lib/benchReport';
import { serveBench, type BenchServer } from './lib/benchServer';

const HELP = `npm run bench [-- options]

Builds the app, serves it from 127.0.0.1 with gzip, and measures it in headless
Chromium with the real data and with synthetic datasets: load to map-ready (also
with the CPU slowed down), a council click and a filter change to the next
frame, frame times while panning and zooming, the JS heap, and the bytes of the
first view. Writes bench/results.json and bench/results.md and prints the tables.
Targets that are missed are then profiled (Chromium tracing with the CPU
profiler) and the profiles summarised in the same files. It never fails on a time.

Options:
  --runs N            runs of everything per dataset (default 5)
  --clicks N          council clicks and filter changes timed in each run
                      (default 5), so each median is of runs × clicks samples
  --sizes LIST        datasets: real and/or numbers of synthetic partnerships
                      (default real,1000,10000,50000)
  --seed S            seed of the synthetic datasets (default 1)
  --throttle N        CPU slow-down for the throttled loads (default 4)
  --quick             --runs 2 --sizes real,1000 --profile none, for a try-out
  --no-build          measure the existing dist/ instead of running npm run build
  --profile MODE      missed (default): profile the targets missed; all: every
                      timed target; none
  --profile-only LIST only profile, e.g. 10000:load,50000:select (kinds: load,
                      select, filterOn, filterOff, pan, zoom); prints the
                      summaries and writes nothing to bench/
  --keep-traces       keep the raw traces in .cache/bench/traces/ (gzipped JSON,
                      for Chromium DevTools → Performance)
  --out DIR           where to write results (default bench/)
  --report-only       write results.md again from results.json, measuring nothing
  --help              this text`;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = join(root, '.cache', 'bench');
const GZIP_LEVEL = 6;

type ProfileKind = NonNullable<Target['profile']>;
const PROFILE_KINDS: readonly ProfileKind[] = ['load', 'select', 'filterOn', 'filterOff', 'pan', 'zoom'];

interface Options {
  runs: number;
  clicks: number;
  sizes: string[];
  seed: string;
  throttle: number;
  build: boolean;
  profile: 'missed' | 'all' | 'none';
  profileOnly: { dataset: string; kind: ProfileKind }[] | null;
  reportOnly: boolean;
  keepTraces: boolean;
  out: string;
  command: string;
}

function parseOptions(argv: string[]): Options | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string' },
      clicks: { type: 'string' },
      sizes: { type: 'string' },
      seed: { type: 'string' },
      throttle: { type: 'string' },
      quick: { type: 'boolean' },
      'no-build': { type: 'boolean' },
      profile: { type: 'string' },
      'profile-only': { type: 'string' },
      'keep-traces': { type: 'boolean' },
      out: { type: 'string' },
      'report-only': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return null;
  const quick = values.quick ?? false;
  const runs = Number(values.runs ?? (quick ? 2 : 5));
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number of at least 1');
  const clicks = Number(values.clicks ?? (quick ? 2 : 5));
  if (!Number.isInteger(clicks) || clicks < 1) throw new Error('--clicks needs a whole number of at least 1');
  const sizes = (values.sizes ?? (quick ? 'real,1000' : 'real,1000,10000,50000')).split(',').map((s) => s.trim().replace(/[_,]/g, ''));
  for (const s of sizes) if (s !== 'real' && !/^\d+$/.test(s)) throw new Error(`--sizes: "${s}" is neither "real" nor a number`);
  const throttle = Number(values.throttle ?? 4);
  if (!(throttle >= 1)) throw new Error('--throttle needs a number of at least 1');
  const profile = (values.profile ?? (quick ? 'none' : 'missed')) as Options['profile'];
  if (!['missed', 'all', 'none'].includes(profile)) throw new Error('--profile is missed, all or none');
  const profileOnly =
    values['profile-only']?.split(',').map((item) => {
      const [dataset, kind] = item.split(':');
      if (!dataset || !kind || !(PROFILE_KINDS as readonly string[]).includes(kind) || (dataset !== 'real' && !/^\d+$/.test(dataset))) {
        throw new Error(`--profile-only: "${item}" is not DATASET:KIND (kinds: ${PROFILE_KINDS.join(', ')})`);
      }
      return { dataset, kind: kind as ProfileKind };
    }) ?? null;
  return {
    runs,
    clicks,
    sizes,
    seed: values.seed ?? '1',
    throttle,
    build: !values['no-build'],
    profile,
    profileOnly,
    reportOnly: values['report-only'] ?? false,
    keepTraces: values['keep-traces'] ?? false,
    out: resolve(values.out ?? join(root, 'bench')),
    command: ['npm run bench', ...(argv.length ? ['--', ...argv] : [])].join(' '),
  };
}

/** The commit measured, and whether the working tree had changes on top of it. */
function commitOf(): string {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts', 'package.json'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  return head ? `commit ${head}${dirty ? ' with uncommitted changes' : ''}` : 'an unknown commit';
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}); fix the build, or measure the existing dist/ with --no-build`);
}

/** A copy of the build, so a rebuild by someone else during the run cannot change what is measured. */
function snapshot(from: string, to: string): void {
  if (!existsSync(join(from, 'index.html'))) throw new Error(`${relative(root, from)}/index.html is missing: build first (npm run build)`);
  rmSync(to, { recursive: true, force: true });
  mkdirSync(dirname(to), { recursive: true });
  cpSync(from, to, { recursive: true });
}

const seedValue = (seed: string): number | string => (/^\d+$/.test(seed) ? Number(seed) : seed);

interface Dataset {
  name: string;
  /** Absolute paths of the partnerships file (summaries) and its details. */
  file: string;
  detailsFile: string;
  partnerships: PartnershipSummary[];
  /** Councils to click, busiest first. */
  clickable: { code: string; name: string; partnerships: number; point: [number, number] }[];
}

function dataset(name: string, dist: string, councils: Council[], seed: string): Dataset {
  const synthetic = name === 'real' ? null : writeSynthetic(Number(name), seedValue(seed));
  const file = synthetic?.path ?? join(dist, DATA_DIR, DATA_FILES.partnerships);
  const detailsFile = synthetic?.detailsPath ?? join(dist, DATA_DIR, DATA_FILES.details);
  const partnerships = JSON.parse(readFileSync(file, 'utf8')) as PartnershipSummary[];
  const counts = new Map<string, number>();
  for (const p of partnerships) for (const code of p.councils) counts.set(code, (counts.get(code) ?? 0) + 1);
  // Councils drawn on the first view (latest boundaries) with their own shape: not counties, which are drawn as their districts.
  const clickable = councils
    .filter((c) => !c.noShape && c.type !== 'county' && councilExistsIn(c, LAST_BOUNDARY_YEAR) && counts.has(c.code))
    .map((c) => ({ code: c.code, name: c.name, partnerships: counts.get(c.code)!, point: c.point }))
    .sort((a, b) => b.partnerships - a.partnerships || a.code.localeCompare(b.code));
  return { name, file, detailsFile, partnerships, clickable };
}

/** Serve a dataset's partnerships (and their details) in place of the build's own. */
function serve(server: BenchServer, data: Dataset): void {
  const synthetic = data.name !== 'real';
  for (const [path, file] of [
    [`/${DATA_DIR}/${DATA_FILES.partnerships}`, data.file],
    [`/${DATA_DIR}/${DATA_FILES.details}`, data.detailsFile],
  ] as const) {
    server.override(path, synthetic ? file : null);
    server.warm(path);
  }
}

const f0 = (v: number | null | undefined) => (v == null || !Number.isFinite(v) ? 'n/a' : Math.round(v).toString());
/** A run's times, for the progress line: "48/52/61", or n/a. */
const times = (list: readonly InputTiming[]) => (list.length ? list.map((t) => f0(t.toFrameMs)).join('/') : 'n/a');

interface RunResult {
  open: OpenPage;
  heap: number | null;
  /** Each of the run's council clicks, and filter changes on and off. */
  selects: (InputTiming & { council: string; selected: string | null; zoom: number })[];
  filterOns: InputTiming[];
  filterOffs: InputTiming[];
  pan: FrameStats | null;
  zoom: FrameStats | null;
  errors: string[];
}

/**
 * One full run: load, heap, `clicks` council clicks (each undone before the
 * next), as many filter changes on and off, a pan and a zoom. A click is a
 * frame or two of work, so one sample per page load is mostly noise from the
 * shared machine; several per load steady the median.
 */
async function fullRun(browser: Browser, url: string, data: Dataset, clicks: number): Promise<RunResult> {
  const open = await openAndLoad(browser, url);
  const errors: string[] = [];
  const attempt = async <T>(what: string, fn: () => Promise<T>): Promise<T | null> => {
    try {
      return await fn();
    } catch (error) {
      errors.push(`${what}: ${(error as Error).message.split('\n')[0]}`);
      return null;
    }
  };
  try {
    const heap = await attempt('heap', () => heapAfterGc(open.cdp));
    const firstView = await getView(open.page);
    const selects: RunResult['selects'] = [];
    for (let i = 0; i < clicks; i++) {
      const select = await attempt('select', () => measureSelect(open.page, data.clickable));
      if (!select) break;
      selects.push(select);
      if ((await attempt('back', () => goBack(open.page).then(() => true))) !== true) break;
    }
    await attempt('view', () => setView(open.page, firstView));
    const filterOns: InputTiming[] = [];
    const filterOffs: InputTiming[] = [];
    for (let i = 0; i < clicks; i++) {
      const on = await attempt('filter on', () => measureFilter(open.page));
      const off = await attempt('filter off', () => measureFilter(open.page));
      if (!on || !off) break;
      filterOns.push(on);
      filterOffs.push(off);
    }
    const pan = await attempt('pan', () => measurePan(open.page));
    await attempt('view', () => setView(open.page, firstView));
    const zoom = await attempt('zoom', () => measureZoom(open.page));
    errors.push(...open.errors.map((e) => `page: ${e}`));
    return { open, heap, selects, filterOns, filterOffs, pan, zoom, errors };
  } finally {
    await open.context.close();
  }
}

async function measureDataset(browser: Browser, server: BenchServer, data: Dataset, options: Options): Promise<SizeResult> {
  serve(server, data);
  const url = `${server.url}/`;
  const runs: RunResult[] = [];
  const errors: string[] = [];
  for (let i = 1; i <= options.runs; i++) {
    try {
      const r = await fullRun(browser, url, data, options.clicks);
      runs.push(r);
      errors.push(...r.errors.map((e) => `run ${i}: ${e}`));
      console.log(
        `  ${data.name} run ${i}/${options.runs}: map-ready ${f0(r.open.load.mapReadyMs)} ms, links shown ${f0(r.open.load.linksShownMs)} ms, ` +
          `clicks ${times(r.selects)} ms, filter on ${times(r.filterOns)} ms, off ${times(r.filterOffs)} ms, ` +
          `pan ${f0(r.pan?.fps)} fps (longest ${f0(r.pan?.maxMs)} ms), zoom ${f0(r.zoom?.fps)} fps (longest ${f0(r.zoom?.maxMs)} ms), ` +
          `heap ${r.heap ? (r.heap / 2 ** 20).toFixed(1) : 'n/a'} MB${r.errors.length ? ` [${r.errors.length} problem(s)]` : ''}`,
      );
    } catch (error) {
      errors.push(`run ${i}: ${(error as Error).message.split('\n')[0]}`);
      console.log(`  ${data.name} run ${i}/${options.runs}: failed: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  const throttled: OpenPage['load'][] = [];
  for (let i = 1; i <= options.runs; i++) {
    try {
      const open = await openAndLoad(browser, url, { throttle: options.throttle });
      throttled.push(open.load);
      await open.context.close();
      console.log(`  ${data.name} CPU ${options.throttle}× slower, run ${i}/${options.runs}: map-ready ${f0(open.load.mapReadyMs)} ms, links shown ${f0(open.load.linksShownMs)} ms`);
    } catch (error) {
      errors.push(`throttled run ${i}: ${(error as Error).message.split('\n')[0]}`);
      console.log(`  ${data.name} throttled run ${i}: failed: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  const loads = runs.map((r) => r.open.load);
  const clicked = new Map(data.clickable.map((c) => [c.code, c]));
  const first = runs[0]?.open.transfer;
  return {
    dataset: data.name,
    partnerships: data.partnerships.length,
    links: loads.find((l) => l.links != null)?.links ?? null,
    drawn: loads.find((l) => l.drawn != null)?.drawn ?? null,
    grouped: loads.find((l) => l.grouped != null)?.grouped ?? null,
    file: relative(root, data.file),
    mapReady: stat(loads.map((l) => l.mapReadyMs)),
    linksShown: stat(loads.map((l) => l.linksShownMs ?? NaN)),
    dataArrived: stat(loads.map((l) => l.dataArrivedMs ?? NaN)),
    mapReadyThrottled: stat(throttled.map((l) => l.mapReadyMs)),
    linksShownThrottled: stat(throttled.map((l) => l.linksShownMs ?? NaN)),
    select: stat(runs.flatMap((r) => r.selects.map((s) => s.toFrameMs))),
    selectToDraw: stat(runs.flatMap((r) => r.selects.map((s) => s.toDrawMs))),
    selectClicks: runs
      .flatMap((r) => r.selects)
      .map((s) => ({ council: s.council, name: clicked.get(s.council)?.name ?? '', partnerships: clicked.get(s.council)?.partnerships ?? 0, selected: s.selected, zoom: s.zoom })),
    filterOn: stat(runs.flatMap((r) => r.filterOns.map((t) => t.toFrameMs))),
    filterOnToDraw: stat(runs.flatMap((r) => r.filterOns.map((t) => t.toDrawMs))),
    filterOff: stat(runs.flatMap((r) => r.filterOffs.map((t) => t.toFrameMs))),
    filterOffToDraw: stat(runs.flatMap((r) => r.filterOffs.map((t) => t.toDrawMs))),
    pan: frameResult(runs.flatMap((r) => (r.pan ? [r.pan] : []))),
    zoom: frameResult(runs.flatMap((r) => (r.zoom ? [r.zoom] : []))),
    heapMB: stat(runs.map((r) => (r.heap != null ? r.heap / 2 ** 20 : NaN))),
    transfer: first ? { js: first.js, css: first.css, data: first.data, other: first.other, requests: first.requests } : null,
    errors,
  };
}

/** One traced run of one kind of measurement, on the unminified build. */
async function profileOne(browser: Browser, server: BenchServer, profileDist: string, data: Dataset, kind: ProfileKind, options: Options): Promise<Omit<ProfileResult, 'target' | 'command'>> {
  serve(server, data);
  const url = `${server.url}/`;
  let events: TraceEvent[] = [];
  let measuredMs: number | null = null;
  const traced: ClickWrapper = async (click) => {
    let timing: InputTiming | null = null;
    events = await captureTrace(browser, async () => {
      timing = await click();
    });
    return timing!;
  };
  if (kind === 'load') {
    let open: OpenPage | null = null;
    events = await captureTrace(browser, async () => {
      open = await openAndLoad(browser, url);
    });
    const loaded = open as OpenPage | null;
    measuredMs = loaded?.load.linksShownMs ?? loaded?.load.mapReadyMs ?? null;
    await loaded?.context.close();
  } else {
    const open = await openAndLoad(browser, url);
    try {
      if (kind === 'select') measuredMs = (await measureSelect(open.page, data.clickable, traced)).toFrameMs;
      else if (kind === 'filterOn') measuredMs = (await measureFilter(open.page, traced)).toFrameMs;
      else if (kind === 'filterOff') {
        await measureFilter(open.page);
        measuredMs = (await measureFilter(open.page, traced)).toFrameMs;
      } else {
        let frames: FrameStats | null = null;
        events = await captureTrace(browser, async () => {
          frames = kind === 'pan' ? await measurePan(open.page) : await measureZoom(open.page);
        });
        measuredMs = (frames as FrameStats | null)?.maxMs ?? null;
      }
    } finally {
      await open.context.close();
    }
  }
  // The window starts at the input: the click, the first mouse press of the drag, the first wheel step.
  const inputType = kind === 'pan' ? 'mousedown' : kind === 'zoom' ? 'wheel' : kind === 'load' ? null : 'click';
  const summary = summariseTrace(events, {
    start: inputType ? (e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string } | undefined)?.type === inputType : undefined,
    origin: server.url,
    moduleOf: buildModules(profileDist),
  });
  let trace: string | null = null;
  if (options.keepTraces) {
    const file = join(cacheDir, 'traces', `${data.name}-${kind}.json.gz`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, gzipSync(JSON.stringify({ traceEvents: events })));
    trace = relative(root, file);
  }
  return { dataset: data.name, kind, measuredMs, summary, trace };
}

function printProfile(p: ProfileResult): void {
  console.log(`\n${p.target} (${p.dataset}): ${p.command}`);
  if (!p.summary) return console.log(`  not profiled: ${p.error}`);
  const s = p.summary;
  console.log(`  window ${f0(s.windowMs)} ms; measured ${f0(p.measuredMs)} ms`);
  console.log(`  threads: ${s.threads.map((t) => `${t.name} ${f0(t.ms)} ms`).join('; ')}`);
  console.log(`  main thread: ${s.kinds.map((k) => `${k.name} ${(k.share * 100).toFixed(0)}%`).join('; ')}`);
  for (const fn of s.functions.slice(0, 10)) console.log(`  self ${f0(fn.selfMs).padStart(6)} ms ${(fn.selfShare * 100).toFixed(1).padStart(5)}%  ${fn.name}  ${fn.where}`);
  for (const fn of s.functionsByTotal.slice(0, 8)) console.log(`  total ${f0(fn.totalMs).padStart(5)} ms ${(fn.totalShare * 100).toFixed(1).padStart(5)}%  ${fn.name}  ${fn.where}`);
}

async function main(argv: string[]): Promise<number> {
  const options = asUsageError(() => parseOptions(argv));
  if (!options) {
    console.log(HELP);
    return 0;
  }
  if (options.reportOnly) {
    const results = JSON.parse(readFileSync(join(options.out, 'results.json'), 'utf8')) as Results;
    const markdown = toMarkdown(results);
    writeFileSync(join(options.out, 'results.md'), `${markdown}\n`);
    console.log(markdown);
    return 0;
  }
  const started = Date.now();
  const commit = commitOf();
  if (options.build) run('npm', ['run', 'build']);
  const dist = join(cacheDir, 'dist');
  snapshot(join(root, 'dist'), dist);
  const councils = JSON.parse(readFileSync(join(dist, 'data', 'councils.json'), 'utf8')) as Council[];

  const needProfiles = options.profileOnly != null || options.profile !== 'none';
  const profileDist = join(cacheDir, 'dist-profile');
  const buildProfileVariant = () => {
    // The same code, unminified, so the profiles show the functions' own names.
    run(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--minify', 'false', '--outDir', profileDist, '--emptyOutDir', '--logLevel', 'warn']);
    cpSync(join(dist, 'data'), join(profileDist, 'data'), { recursive: true });
  };

  const browser = await launchChromium();
  const server = await serveBench(dist, { gzipLevel: GZIP_LEVEL });
  const datasets = new Map<string, Dataset>();
  const datasetFor = (name: string) => {
    let d = datasets.get(name);
    if (!d) {
      d = dataset(name, dist, councils, options.seed);
      datasets.set(name, d);
    }
    return d;
  };
  try {
    if (options.profileOnly) {
      buildProfileVariant();
      const profileServer = await serveBench(profileDist, { gzipLevel: GZIP_LEVEL });
      try {
        for (const { dataset: name, kind } of options.profileOnly) {
          const result = await profileOne(browser, profileServer, profileDist, datasetFor(name), kind, options);
          printProfile({ ...result, target: kind, command: options.command });
        }
      } finally {
        await profileServer.close();
      }
      return 0;
    }

    const chromium = browser.version();
    console.log(`Chromium ${chromium}; ${options.runs} runs each of ${options.sizes.join(', ')}`);
    // One load to warm the disk cache and Chromium itself; not counted.
    serve(server, datasetFor('real'));
    await (await openAndLoad(browser, `${server.url}/`)).context.close();

    const sizes: SizeResult[] = [];
    for (const name of options.sizes) {
      const data = datasetFor(name);
      console.log(`${name === 'real' ? 'Real data' : `Synthetic, ${name} partnerships`} (${data.partnerships.length} partnerships):`);
      sizes.push(await measureDataset(browser, server, data, options));
    }
    const targets = judge(sizes);

    const profiles: ProfileResult[] = [];
    const toProfile = targets.filter((t) => t.profile && (options.profile === 'all' ? t.met != null : t.met === false));
    if (needProfiles && toProfile.length) {
      console.log(`\nProfiling ${toProfile.length} target(s)…`);
      buildProfileVariant();
      const profileServer = await serveBench(profileDist, { gzipLevel: GZIP_LEVEL });
      try {
        const done = new Map<string, Omit<ProfileResult, 'target' | 'command'>>();
        for (const target of toProfile) {
          const key = `${target.dataset}:${target.profile}`;
          const command = `npm run bench -- --no-build --profile-only ${key} --keep-traces`;
          if (done.has(key)) continue; // map-ready and links shown share one load profile
          try {
            const result = await profileOne(browser, profileServer, profileDist, datasetFor(target.dataset), target.profile!, { ...options, keepTraces: true });
            done.set(key, result);
            const profile = { ...result, target: target.label, command };
            profiles.push(profile);
            printProfile(profile);
          } catch (error) {
            profiles.push({ target: target.label, dataset: target.dataset, kind: target.profile!, command, measuredMs: null, summary: null, trace: null, error: (error as Error).message.split('\n')[0] });
          }
        }
      } finally {
        await profileServer.close();
      }
    }

    const notes: string[] = [];
    for (const s of sizes) {
      for (const click of s.selectClicks.slice(0, 1)) {
        notes.push(
          `${s.dataset === 'real' ? 'Real data' : `${s.dataset} partnerships`}: the council clicked was ${click.name} (${click.partnerships} partnerships) at zoom ${click.zoom}` +
            (s.selectClicks.some((c) => c.selected !== c.council) ? '; in some runs the click selected another council' : ''),
        );
      }
      if (s.errors.length) notes.push(`${s.dataset === 'real' ? 'Real data' : `${s.dataset} partnerships`}: ${s.errors.length} problem(s): ${[...new Set(s.errors.map((e) => e.replace(/^run \d+: /, '')))].slice(0, 3).join('; ')}`);
    }
    const results: Results = {
      date: new Date().toISOString(),
      machine: {
        cpu: cpus()[0]?.model.trim() ?? 'unknown',
        cores: cpus().length,
        memoryGB: Math.round(totalmem() / 2 ** 30),
        os: `${type()} ${release()}`,
        node: process.version,
        chromium,
      },
      settings: { runs: options.runs, clicks: options.clicks, throttle: options.throttle, seed: options.seed, viewport: `${VIEWPORT.width}×${VIEWPORT.height} CSS px at 1×`, gzipLevel: GZIP_LEVEL, command: options.command, commit },
      sizes,
      targets,
      profiles,
      notes,
    };
    mkdirSync(options.out, { recursive: true });
    writeFileSync(join(options.out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    const markdown = toMarkdown(results);
    writeFileSync(join(options.out, 'results.md'), `${markdown}\n`);
    console.log(`\n${markdown.split('\n## What is measured')[0]}`);
    console.log(`Wrote ${relative(process.cwd(), join(options.out, 'results.json'))} and results.md in ${Math.round((Date.now() - started) / 1000)} s.`);
    return 0;
  } finally {
    await server.close();
    await browser.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    reportError(error, HELP);
    process.exit(2);
  },
);
