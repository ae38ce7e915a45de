import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Council } from '../../src/shared/types';
import { buildProfileVariant, commitOf, runOrFail, snapshot } from './appBuild';
import { serveBench, type BenchServer } from './benchServer';
import { launchChromium } from './chromium';
import { loadDataset, serveDataset, type Dataset } from './datasets';
import { runLighthouse } from './lighthouse';
import type { LighthouseResult } from './lighthouseResult';
import { LIGHTHOUSE_PAGES } from './lighthouseResult';
import { longTaskLines, longTasks, traceFirstView } from './longTasks';
import { lighthouseTable, toMarkdown } from './markdown';
import { openAndLoad, VIEWPORT } from './measure';
import { measureDataset } from './measureDataset';
import type { BenchOptions } from './options';
import { peersSection } from './peers/peerMarkdown';
import { measurePeers, withPeers } from './peers/runPeers';
import { profileLines, profileOne } from './profileTarget';
import { resultNotes, thisMachine, withLighthouse, type ProfileResult, type Results, type SizeResult, type Target } from './results';
import { judge } from './targets';
import { buildModules } from './traceModules';

// The bench from start to end: build, measure every dataset, judge the
// targets, profile those missed, and write bench/results.json and .md.

const GZIP_LEVEL = 6;

const PHONE_NOTE = 'phone-sized page (412×823 CSS px at 1.75×, as in Lighthouse’s mobile run)';

/** Where the bench keeps its copies of the build and its traces. */
interface Paths {
  root: string;
  dist: string;
  profileDist: string;
  traces: string;
}

const firstLine = (error: unknown) => (error as Error).message.split('\n')[0];

/** results.md again from results.json. */
export function reportOnly(out: string): void {
  const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  const markdown = toMarkdown(results);
  writeFileSync(join(out, 'results.md'), `${markdown}\n`);
  console.log(markdown);
}

/** Each dataset made once per run: a synthetic one is written to disk. */
function datasetCache(dist: string, councils: readonly Council[], seed: string): (name: string) => Dataset {
  const datasets = new Map<string, Dataset>();
  return (name) => {
    let d = datasets.get(name);
    if (!d) {
      d = loadDataset(name, dist, councils, seed);
      datasets.set(name, d);
    }
    return d;
  };
}

/** Serve the unminified build for as long as `work` runs. */
async function withProfileServer<T>(paths: Paths, work: (server: BenchServer) => Promise<T>): Promise<T> {
  buildProfileVariant(paths.root, paths.dist, paths.profileDist);
  const server = await serveBench(paths.profileDist, { gzipLevel: GZIP_LEVEL });
  try {
    return await work(server);
  } finally {
    await server.close();
  }
}

/** --profile-only: profile what was asked, print it, write nothing. */
async function profileOnly(browser: Browser, paths: Paths, datasetFor: (name: string) => Dataset, options: BenchOptions): Promise<void> {
  await withProfileServer(paths, async (server) => {
    for (const { dataset, kind } of options.profileOnly ?? []) {
      const result = await profileOne(browser, server, paths.profileDist, datasetFor(dataset), kind, options.keepTraces ? paths.traces : null, paths.root);
      console.log(profileLines({ ...result, target: kind, command: options.command }).join('\n'));
    }
  });
}

/** --long-tasks: the first view's tasks over 50 ms on a slowed phone, for each page Lighthouse runs; printed, nothing written. */
async function longTasksOnly(browser: Browser, paths: Paths, options: BenchOptions): Promise<void> {
  await withProfileServer(paths, async (server) => {
    const moduleOf = buildModules(paths.profileDist);
    console.log(`First view on a ${PHONE_NOTE}, the CPU ${options.throttle}× slower (the unminified build, so functions have names; no network throttling)`);
    for (const { path } of LIGHTHOUSE_PAGES) {
      for (let run = 1; run <= options.runs; run++) {
        const events = await traceFirstView(browser, `${server.url}${path}`, options.throttle);
        console.log(longTaskLines(`${path} (run ${run})`, longTasks(events, { origin: server.url, moduleOf })).join('\n'));
      }
    }
  });
}

/** Profile the targets missed (or all timed ones, with --profile all); map-ready and links shown share one load profile. */
async function profileTargets(browser: Browser, paths: Paths, datasetFor: (name: string) => Dataset, targets: readonly Target[], options: BenchOptions): Promise<ProfileResult[]> {
  const toProfile = targets.filter((t) => t.profile && (options.profile === 'all' ? t.met != null : t.met === false));
  if (options.profile === 'none' || !toProfile.length) return [];
  console.log(`\nProfiling ${toProfile.length} target(s)…`);
  const profiles: ProfileResult[] = [];
  await withProfileServer(paths, async (server) => {
    const done = new Set<string>();
    for (const target of toProfile) {
      const key = `${target.dataset}:${target.profile}`;
      const command = `npm run bench -- --no-build --profile-only ${key} --keep-traces`;
      if (done.has(key)) continue;
      try {
        const result = await profileOne(browser, server, paths.profileDist, datasetFor(target.dataset), target.profile!, paths.traces, paths.root);
        done.add(key);
        const profile = { ...result, target: target.label, command };
        profiles.push(profile);
        console.log(profileLines(profile).join('\n'));
      } catch (error) {
        profiles.push({ target: target.label, dataset: target.dataset, kind: target.profile!, command, measuredMs: null, summary: null, trace: null, error: firstLine(error) });
      }
    }
  });
  return profiles;
}

/** Every dataset measured in turn, after one load (not counted) to warm the disk cache and Chromium itself. */
async function measureAll(browser: Browser, server: BenchServer, datasetFor: (name: string) => Dataset, options: BenchOptions, root: string): Promise<SizeResult[]> {
  console.log(`Chromium ${browser.version()}; ${options.runs} runs each of ${options.sizes.join(', ')}`);
  serveDataset(server, datasetFor('real'));
  await (await openAndLoad(browser, `${server.url}/`)).context.close();
  const sizes: SizeResult[] = [];
  for (const name of options.sizes) {
    const data = datasetFor(name);
    console.log(`${name === 'real' ? 'Real data' : `Synthetic, ${name} partnerships`} (${data.partnerships.length} partnerships):`);
    sizes.push(await measureDataset(browser, server, data, options, root));
  }
  return sizes;
}

function writeResults(results: Results, out: string, started: number): void {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const markdown = toMarkdown(results);
  writeFileSync(join(out, 'results.md'), `${markdown}\n`);
  console.log(`\n${markdown.split('\n## What is measured')[0]}`);
  console.log(`Wrote ${relative(process.cwd(), join(out, 'results.json'))} and results.md in ${Math.round((Date.now() - started) / 1000)} s.`);
}

/** --lighthouse-write: the Lighthouse runs into the results.json already there, and results.md again from it. */
function writeLighthouse(out: string, lighthouse: LighthouseResult[], made: NonNullable<Results['lighthouseMade']>): void {
  const file = join(out, 'results.json');
  if (!existsSync(file)) throw new Error(`${relative(process.cwd(), file)} is missing: make it with a full run (npm run bench) first`);
  const results = withLighthouse(JSON.parse(readFileSync(file, 'utf8')) as Results, lighthouse, made);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(out, 'results.md'), `${toMarkdown(results)}\n`);
  console.log(`Wrote the Lighthouse runs into ${relative(process.cwd(), file)} and results.md.`);
}

/** Lighthouse's runs of the build in `dist`, served on a server of their own with the real data. */
async function lighthouseOf(dist: string, options: BenchOptions) {
  console.log(`\nLighthouse: ${options.lighthouseRuns} run(s) of each page, mobile and desktop…`);
  const server = await serveBench(dist, { gzipLevel: GZIP_LEVEL });
  try {
    return await runLighthouse(server, options.lighthouseRuns);
  } finally {
    await server.close();
  }
}

/** The peers' section of the results.json already in `out`, kept by a run without --peers (it says its own date and commit). */
export function earlierPeers(out: string): Results['peers'] {
  try {
    return (JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results).peers;
  } catch {
    return undefined;
  }
}

/** --peers-only: the peers' runs, merged into the results.json already in `out` (its other sections as they were). */
async function peersOnly(browser: Browser, server: BenchServer, datasetFor: (name: string) => Dataset, options: BenchOptions, root: string, commit: string): Promise<void> {
  const file = join(options.out, 'results.json');
  let results: Results;
  try {
    results = JSON.parse(readFileSync(file, 'utf8')) as Results;
  } catch {
    throw new Error(`--peers-only merges into ${relative(process.cwd(), file)}, which could not be read: run npm run bench (with or without --peers) first`);
  }
  const merged = withPeers(results, await measurePeers({ browser, server, datasetFor, options, root, commit }));
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  writeFileSync(join(options.out, 'results.md'), `${toMarkdown(merged)}\n`);
  console.log(`\n${peersSection(merged.peers).join('\n')}`);
  console.log(`Merged the peers into ${relative(process.cwd(), file)} and wrote results.md again.`);
}

/** The whole bench, with the project at `root`. */
export async function runBench(options: BenchOptions, root: string): Promise<void> {
  const started = Date.now();
  const commit = commitOf(root);
  const cacheDir = join(root, '.cache', 'bench');
  const paths: Paths = { root, dist: join(cacheDir, 'dist'), profileDist: join(cacheDir, 'dist-profile'), traces: join(cacheDir, 'traces') };
  if (options.build) runOrFail(root, 'npm', ['run', 'build']);
  snapshot(root, join(root, 'dist'), paths.dist);
  const councils = JSON.parse(readFileSync(join(paths.dist, 'data', 'councils.json'), 'utf8')) as Council[];
  const datasetFor = datasetCache(paths.dist, councils, options.seed);

  if (options.lighthouse === 'only') {
    const lighthouse = await lighthouseOf(paths.dist, options);
    console.log(`\n${lighthouseTable(lighthouse)}`);
    if (options.lighthouseWrite) writeLighthouse(options.out, lighthouse, { date: new Date().toISOString(), commit, command: options.command });
    return;
  }
  const browser = await launchChromium();
  const server = await serveBench(paths.dist, { gzipLevel: GZIP_LEVEL });
  try {
    if (options.profileOnly) return await profileOnly(browser, paths, datasetFor, options);
    if (options.longTasks) return await longTasksOnly(browser, paths, options);
    if (options.peers === 'only') return await peersOnly(browser, server, datasetFor, options, root, commit);
    const sizes = await measureAll(browser, server, datasetFor, options, root);
    const targets = judge(sizes);
    const profiles = await profileTargets(browser, paths, datasetFor, targets, options);
    const lighthouse = options.lighthouse === 'with' ? await lighthouseOf(paths.dist, options) : undefined;
    const peers = options.peers === 'with' ? await measurePeers({ browser, server, datasetFor, options, root, commit }) : earlierPeers(options.out);
    const settings = { runs: options.runs, clicks: options.clicks, throttle: options.throttle, seed: options.seed, viewport: `${VIEWPORT.width}×${VIEWPORT.height} CSS px at 1×`, gzipLevel: GZIP_LEVEL, command: options.command, commit };
    writeResults({ date: new Date().toISOString(), machine: thisMachine(browser.version()), settings, sizes, targets, profiles, lighthouse, ...(peers ? { peers } : {}), notes: resultNotes(sizes) }, options.out, started);
  } finally {
    await server.close();
    await browser.close();
  }
}
