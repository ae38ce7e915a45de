import type { SourceFile } from './sources';

// What the data build says when it cannot get a third-party source file:
// which file, from where, why (the network's own reason, not "fetch
// failed"), and the three ways to provide it. A newcomer offline, without
// the sources beside the checkout, reads this and nothing else.

/** Where the build looked for the sources before downloading them. */
export interface SourcePlaces {
  sourcesDir?: string;
  sharedDir: string;
}

export interface SourceFailure {
  source: SourceFile;
  /** The address or the local path the file came from. */
  from: string;
  /** Why, in words, with the system's code where there is one (ENOTFOUND, ECONNREFUSED …). */
  reason: string;
}

/** The three ways to give the build its sources. */
export function howToProvide(sources: readonly SourceFile[], places: SourcePlaces): string {
  const layout = [...new Set(sources.map((s) => `${s.folder}/${s.file}`))].join(', ');
  return [
    'Provide the source files in one of three ways:',
    `  1. set SOURCES_DIR to a folder that holds them as ${layout}${places.sourcesDir ? ` (it is now ${places.sourcesDir})` : ' (it is not set)'};`,
    `  2. or put that folder at ../shared/sources/ beside the checkout (${places.sharedDir});`,
    '  3. or connect to the internet: `npm run data` downloads them from the addresses above, checks their sha256 and keeps them in .cache/sources/.',
  ].join('\n');
}

/** A source file the build could not find, download or trust; one or several. */
export class SourceUnavailableError extends Error {
  constructor(
    readonly failures: readonly SourceFailure[],
    readonly places: SourcePlaces,
  ) {
    super(sourceFailureMessage(failures, places));
    this.name = 'SourceUnavailableError';
  }
}

/** A file whose sha256 is not the pinned one, found locally or downloaded. */
export class ChecksumError extends SourceUnavailableError {
  constructor(
    readonly source: SourceFile,
    readonly where: string,
    readonly actual: string,
    places: SourcePlaces,
  ) {
    const local = !/^https?:/.test(where);
    const reason =
      `its sha256 is ${actual}, not the pinned ${source.sha256}: it is another version of the file, or damaged` +
      (local ? `; replace it with the file from ${source.url}, or delete it` : '');
    super([{ source, from: where, reason }], places);
    this.name = 'ChecksumError';
  }
}

function sourceFailureMessage(failures: readonly SourceFailure[], places: SourcePlaces): string {
  const line = (f: SourceFailure) => `${f.source.folder}/${f.source.file} from ${f.from}: ${f.reason}`;
  const head =
    failures.length === 1
      ? `The data build could not get the source file ${line(failures[0]!)}.`
      : `The data build could not get ${failures.length} source files:\n${failures.map((f) => `  ${line(f)}`).join('\n')}`;
  const notFound = `(Not found in ${places.sourcesDir ? `SOURCES_DIR (${places.sourcesDir}) or ` : ''}${places.sharedDir} first.)`;
  return `${head}\n${notFound}\n${howToProvide(failures.map((f) => f.source), places)}`;
}

const TIMEOUTS = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'TimeoutError']);
const CUT = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);
const NO_ROUTE = new Set(['ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN']);

/** Why a download failed, from the error fetch threw: fetch says only "fetch failed", its cause says why. */
export function downloadFailureReason(error: unknown, url: string): string {
  const outer = error as Error & { cause?: unknown };
  const cause = (outer.cause ?? outer) as Error & { code?: unknown; hostname?: string };
  // A DOMException's code is a number (23 for a timeout), not a system error's name.
  const code = typeof cause.code === 'string' ? cause.code : cause.name === 'TimeoutError' || outer.name === 'TimeoutError' ? 'TimeoutError' : undefined;
  const host = cause.hostname ?? hostOf(url);
  if (code === 'ENOTFOUND') return `the name ${host} does not resolve (ENOTFOUND): no connection to the internet, or no DNS`;
  if (code === 'EAI_AGAIN') return `the name ${host} could not be looked up (EAI_AGAIN): no DNS server answered`;
  if (code === 'ECONNREFUSED') return `the connection to ${host} was refused (ECONNREFUSED): nothing answers there, or a firewall or proxy stops it`;
  if (code && TIMEOUTS.has(code)) return `${host} did not answer in time (${code === 'TimeoutError' ? 'timed out' : code})`;
  if (code && CUT.has(code)) return `the connection to ${host} was cut before the file arrived (${code})`;
  if (code && NO_ROUTE.has(code)) return `no route to ${host} (${code}): no network`;
  if (code && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
    return `the certificate of ${host} was not accepted (${code}): a proxy that inspects HTTPS needs its certificate in NODE_EXTRA_CA_CERTS`;
  }
  if (code) return `${cause.message} (${code})`;
  return cause.message || String(error);
}

/** Why a download that got an answer failed: the HTTP status. */
export function httpFailureReason(status: number, statusText: string): string {
  return `the server answered HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
