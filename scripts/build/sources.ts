import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ChecksumError, downloadFailureReason, httpFailureReason, SourceUnavailableError, type SourcePlaces } from './sourceErrors';

// The third-party files the data build reads. The project never commits
// them: it finds them beside the checkout, or downloads them from the
// public addresses below (pinned to a commit) and checks their sha256.

export interface SourceFile {
  id: 'topology' | 'lookup' | 'changes' | 'register';
  /** Folder under the sources directory, as in ../shared/sources. */
  folder: string;
  file: string;
  url: string;
  sha256: string;
}

const ONS = 'https://raw.githubusercontent.com/ONSvisual/uk-topojson/b2fde50cb130908b897de10b65cdc392f9b4ff78';
const MYSOCIETY =
  'https://raw.githubusercontent.com/mysociety/uk_local_authority_names_and_codes/67ef8b118938678401a452f4f19f669a7221cc73';

export const SOURCE_FILES: readonly SourceFile[] = [
  {
    id: 'topology',
    folder: 'ons-uk-topojson',
    file: 'topo.json',
    url: `${ONS}/output/topo.json`,
    sha256: 'dc7062d094f5321bc2101a1287d15b4822edadb6432181d2063953ddcd573c8c',
  },
  {
    id: 'lookup',
    folder: 'ons-uk-topojson',
    file: 'ltla14-lookup.csv',
    url: `${ONS}/input/ltla14-lookup.csv`,
    sha256: 'e6bb89a1b96242f7608c861baed3ccbf89d3514c404d695a83cd3ad78c288f42',
  },
  {
    id: 'changes',
    folder: 'ons-uk-topojson',
    file: 'changes.csv',
    url: `${ONS}/input/changes.csv`,
    sha256: 'f1e0a528e818d15bcfb8764be7645f15768e08287eb5834d70aaa3351f0e8c52',
  },
  {
    id: 'register',
    folder: 'mysociety-la-register',
    file: 'uk_local_authorities_future.csv',
    url: `${MYSOCIETY}/data/packages/uk_la_future/uk_local_authorities_future.csv`,
    sha256: '78996ce1cb68eeecdde44b6fac57fe072b45212acef2d84323ebc104e5ac398b',
  },
];

export const ATTRIBUTIONS = {
  ons: 'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2025.',
  mysociety: 'Council names and codes: mySociety, CC BY 4.0.',
} as const;

export interface ResolvedSource extends SourceFile {
  path: string;
  /** Where it came from: a sources folder, or a download into the cache. */
  origin: 'SOURCES_DIR' | 'shared' | 'cache' | 'download';
  content: Buffer;
}

export interface ResolveOptions {
  projectRoot: string;
  /** SOURCES_DIR, when set. */
  sourcesDir?: string;
  /** Defaults to ../shared/sources beside the project. */
  sharedDir?: string;
  /** Defaults to .cache/sources in the project. */
  cacheDir?: string;
  /** Replaces https://raw.githubusercontent.com/ in download addresses (tests use a local server). */
  mirror?: string;
  fetchImpl?: typeof fetch;
  /** Gives up a download after this long (default a minute: the largest file is under 1 MB). */
  timeoutMs?: number;
  log?: (line: string) => void;
}

export function sha256(content: Buffer | string): string {
  return createHash('sha256').update(content).digest('hex');
}

function downloadUrl(source: SourceFile, mirror?: string): string {
  if (!mirror) return source.url;
  return source.url.replace('https://raw.githubusercontent.com/', mirror.endsWith('/') ? mirror : `${mirror}/`);
}

function placesOf(options: ResolveOptions): SourcePlaces {
  return { sourcesDir: options.sourcesDir, sharedDir: options.sharedDir ?? resolve(options.projectRoot, '..', 'shared', 'sources') };
}

/** Find one source file, in order: SOURCES_DIR, ../shared/sources, the cache, a download. */
export async function resolveSource(source: SourceFile, options: ResolveOptions): Promise<ResolvedSource> {
  const places = placesOf(options);
  const cacheDir = options.cacheDir ?? join(options.projectRoot, '.cache', 'sources');
  const folders: [ResolvedSource['origin'], string | undefined][] = [
    ['SOURCES_DIR', places.sourcesDir],
    ['shared', places.sharedDir],
    ['cache', cacheDir],
  ];
  for (const [origin, dir] of folders) {
    if (!dir) continue;
    const path = join(dir, source.folder, source.file);
    if (!existsSync(path)) continue;
    const content = await readFile(path);
    const actual = sha256(content);
    if (actual !== source.sha256) throw new ChecksumError(source, path, actual, places);
    return { ...source, path, origin, content };
  }
  const url = downloadUrl(source, options.mirror);
  const content = await download(source, url, options, places);
  const actual = sha256(content);
  if (actual !== source.sha256) throw new ChecksumError(source, url, actual, places);
  const path = join(cacheDir, source.folder, source.file);
  await mkdir(dirname(path), { recursive: true });
  // Write then rename, so an interrupted download never leaves a partial file in the cache.
  await writeFile(`${path}.part`, content);
  await rename(`${path}.part`, path);
  return { ...source, path, origin: 'download', content };
}

/** The bytes at url; any failure (no name, refused, timed out, an HTTP error, cut short) as a SourceUnavailableError that says why. */
async function download(source: SourceFile, url: string, options: ResolveOptions, places: SourcePlaces): Promise<Buffer> {
  options.log?.(`downloading ${url}`);
  const fail = (reason: string) => new SourceUnavailableError([{ source, from: url, reason }], places);
  try {
    const response = await (options.fetchImpl ?? fetch)(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 60_000) });
    if (!response.ok) throw fail(httpFailureReason(response.status, response.statusText));
    return Buffer.from(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof SourceUnavailableError) throw error;
    throw fail(downloadFailureReason(error, url));
  }
}

/** Every source file; when some cannot be had, one error that names each of them (not only the first). */
export async function resolveAllSources(options: ResolveOptions): Promise<Record<SourceFile['id'], ResolvedSource>> {
  const settled = await Promise.allSettled(SOURCE_FILES.map((s) => resolveSource(s, options)));
  const failed = settled.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
  if (failed.length) {
    const other = failed.find((error) => !(error instanceof SourceUnavailableError));
    if (other !== undefined || failed.length === 1) throw other ?? failed[0];
    throw new SourceUnavailableError(
      (failed as SourceUnavailableError[]).flatMap((error) => error.failures),
      placesOf(options),
    );
  }
  const resolved = settled.map((result) => (result as PromiseFulfilledResult<ResolvedSource>).value);
  return Object.fromEntries(resolved.map((r) => [r.id, r])) as Record<SourceFile['id'], ResolvedSource>;
}

/** Options from the environment, for the command-line scripts. */
export function optionsFromEnv(projectRoot: string): ResolveOptions {
  return {
    projectRoot,
    sourcesDir: process.env.SOURCES_DIR || undefined,
    mirror: process.env.SOURCES_MIRROR || undefined,
    log: (line) => console.log(line),
  };
}
