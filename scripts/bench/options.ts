import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

// The bench's command line: its help text and the options it reads, side by side.

export const BENCH_HELP = `npm run bench [-- options]

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
  --long-tasks        only list the first view's tasks over 50 ms, as Lighthouse's
                      mobile run counts them, with what each did (trace events
                      and functions): / and the embed on a phone-sized page,
                      the CPU --throttle times slower, --runs times each
                      (default 1), on the unminified build; prints them and
                      writes nothing to bench/
  --keep-traces       keep the raw traces in .cache/bench/traces/ (gzipped JSON,
                      for Chromium DevTools → Performance)
  --out DIR           where to write results (default bench/)
  --report-only       write results.md again from results.json, measuring nothing
  --lighthouse        run Lighthouse 12 (its default mobile run and its desktop
                      run, for / and the embed) even with --quick; a full run
                      includes it
  --no-lighthouse     leave Lighthouse out of a full run
  --lighthouse-only   only the Lighthouse runs: prints their table and writes
                      nothing to bench/
  --lighthouse-write  only the Lighthouse runs, written into bench/results.json
                      in place of its Lighthouse section (the other
                      measurements kept as they are), and results.md again
  --lighthouse-runs N Lighthouse runs of each page and form factor (default 3;
                      1 with --quick)
  --peers             also measure the app against the tools people would use
                      instead (plain Leaflet on canvas, deck.gl), interleaved
                      run by run on the same datasets (a run without it
                      keeps the peers' section already in results.json)
  --peers-only        only the peers' runs: merges them into the existing
                      results.json and writes results.md again
  --peer-runs N       runs of each page per dataset in the peers' runs (default 3)
  --peer-clicks N     filter changes each way in each peers' run (default 2)
  --help              this text`;

export type ProfileKind = 'load' | 'select' | 'filterOn' | 'filterOff' | 'pan' | 'zoom';
export const PROFILE_KINDS: readonly ProfileKind[] = ['load', 'select', 'filterOn', 'filterOff', 'pan', 'zoom'];

export interface BenchOptions {
  runs: number;
  clicks: number;
  sizes: string[];
  seed: string;
  throttle: number;
  build: boolean;
  profile: 'missed' | 'all' | 'none';
  profileOnly: { dataset: string; kind: ProfileKind }[] | null;
  /** --long-tasks: only list the first view's long tasks. */
  longTasks: boolean;
  reportOnly: boolean;
  keepTraces: boolean;
  out: string;
  /** Lighthouse's mobile and desktop runs: with the rest, alone (only), or not at all. */
  lighthouse: 'with' | 'only' | 'none';
  /** With lighthouse 'only': write the runs into the results already there. */
  lighthouseWrite: boolean;
  lighthouseRuns: number;
  /** The peers' runs (scripts/bench/peers/): after the rest, alone (only, merged into results.json), or not at all. */
  peers: 'with' | 'only' | 'none';
  peerRuns: number;
  peerClicks: number;
  /** The command as typed, for the results to say how they were made. */
  command: string;
}

const isDataset = (name: string) => name === 'real' || /^\d+$/.test(name);

function wholeNumber(text: string | undefined, fallback: number, option: string): number {
  const value = Number(text ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${option} needs a whole number of at least 1`);
  return value;
}

function readSizes(text: string): string[] {
  const sizes = text.split(',').map((s) => s.trim().replace(/[_,]/g, ''));
  for (const s of sizes) if (!isDataset(s)) throw new Error(`--sizes: "${s}" is neither "real" nor a number`);
  return sizes;
}

function readProfileOnly(text: string | undefined): BenchOptions['profileOnly'] {
  if (text === undefined) return null;
  return text.split(',').map((item) => {
    const [dataset, kind] = item.split(':');
    if (!dataset || !kind || !(PROFILE_KINDS as readonly string[]).includes(kind) || !isDataset(dataset)) {
      throw new Error(`--profile-only: "${item}" is not DATASET:KIND (kinds: ${PROFILE_KINDS.join(', ')})`);
    }
    return { dataset, kind: kind as ProfileKind };
  });
}

/** The options of `npm run bench -- …`, or null for --help; a wrong option throws, saying what to write. */
export function parseBenchOptions(argv: string[], root: string): BenchOptions | null {
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
      'long-tasks': { type: 'boolean' },
      'keep-traces': { type: 'boolean' },
      out: { type: 'string' },
      'report-only': { type: 'boolean' },
      lighthouse: { type: 'boolean' },
      'no-lighthouse': { type: 'boolean' },
      'lighthouse-only': { type: 'boolean' },
      'lighthouse-write': { type: 'boolean' },
      'lighthouse-runs': { type: 'string' },
      peers: { type: 'boolean' },
      'peers-only': { type: 'boolean' },
      'peer-runs': { type: 'string' },
      'peer-clicks': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return null;
  const quick = values.quick ?? false;
  const runs = wholeNumber(values.runs, quick ? 2 : values['long-tasks'] ? 1 : 5, '--runs');
  const clicks = wholeNumber(values.clicks, quick ? 2 : 5, '--clicks');
  const sizes = readSizes(values.sizes ?? (quick ? 'real,1000' : 'real,1000,10000,50000'));
  const throttle = Number(values.throttle ?? 4);
  if (!(throttle >= 1)) throw new Error('--throttle needs a number of at least 1');
  const profile = (values.profile ?? (quick ? 'none' : 'missed')) as BenchOptions['profile'];
  if (!['missed', 'all', 'none'].includes(profile)) throw new Error('--profile is missed, all or none');
  if (values['no-lighthouse'] && (values.lighthouse || values['lighthouse-only'] || values['lighthouse-write'])) throw new Error('--no-lighthouse cannot go with --lighthouse, --lighthouse-only or --lighthouse-write');
  if (values['peers-only'] && (values['lighthouse-only'] || values['profile-only'] || values['report-only'])) throw new Error('--peers-only cannot go with --lighthouse-only, --profile-only or --report-only');
  const lighthouse = values['lighthouse-only'] || values['lighthouse-write'] ? 'only' : values['no-lighthouse'] || (quick && !values.lighthouse) ? 'none' : 'with';
  return {
    runs,
    clicks,
    sizes,
    seed: values.seed ?? '1',
    throttle,
    build: !values['no-build'],
    profile,
    profileOnly: readProfileOnly(values['profile-only']),
    longTasks: values['long-tasks'] ?? false,
    reportOnly: values['report-only'] ?? false,
    keepTraces: values['keep-traces'] ?? false,
    out: resolve(values.out ?? join(root, 'bench')),
    lighthouse,
    lighthouseWrite: values['lighthouse-write'] ?? false,
    lighthouseRuns: wholeNumber(values['lighthouse-runs'], quick ? 1 : 3, '--lighthouse-runs'),
    peers: values['peers-only'] ? 'only' : values.peers ? 'with' : 'none',
    peerRuns: wholeNumber(values['peer-runs'], 3, '--peer-runs'),
    peerClicks: wholeNumber(values['peer-clicks'], 2, '--peer-clicks'),
    command: ['npm run bench', ...(argv.length ? ['--', ...argv] : [])].join(' '),
  };
}
