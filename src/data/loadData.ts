import { DATA_FILES, FIRST_VIEW_FILES, type DataFileKey } from '../shared/dataFiles';
import type { BuildMeta, PartnershipDetails } from '../shared/types';
import { dataFileUrl, takeRequest } from './firstViewRequests';
import { checkCouncils, checkPartnerships, checkServices, checkTopology, type RejectedRecord } from './checkRecords';
import { buildIndexes, type AppData } from './indexes';
import { parseByLine } from '../shared/jsonByLine';
import { yieldToMain } from './yieldToMain';

// Loads the bundled JSON the data build wrote, checks that each file has the
// shape the app relies on, and builds the indexes once.

export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: 'missing' | 'corrupt',
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'DataLoadError';
  }
}

type Check = (value: unknown) => string | null;

const TOPOLOGY_EXPECTED = 'expected a TopoJSON topology with ltla and cty';

const isList: Check = (value) => (Array.isArray(value) ? null : 'expected a list');

// Whole-file checks: a file that fails one cannot be used at all. Each record
// is then checked on its own (checkRecords.ts), and only the bad ones are left
// out. The boundaries are checked whole and shape by shape there, once.
const CHECKS: Partial<Record<DataFileKey, Check>> = {
  details: (value) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? null : 'expected the details of each partnership by id'),
  councils: isList,
  services: isList,
  partnerships: isList,
};

/** A response's JSON, read whole; the details are read in steps (see src/shared/jsonByLine.ts). */
const wholeJson = (response: Response): Promise<unknown> => response.json();

/** How much of a body to decode between pauses: the details' 2.2 MB decoded at once took a 70 ms task on a slowed CPU. */
const DECODE_STEP_BYTES = 256 * 1024;

/** A response's text (UTF-8, as response.text() reads it), decoded as it arrives, pausing every DECODE_STEP_BYTES. */
export async function readTextInSteps(response: Response, pause: () => Promise<void> = yieldToMain): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let sincePause = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    sincePause += value.byteLength;
    if (sincePause >= DECODE_STEP_BYTES) {
      sincePause = 0;
      await pause();
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}

async function fetchJson(base: string, key: DataFileKey, fetchImpl: typeof fetch, readJson = wholeJson): Promise<unknown> {
  const file = DATA_FILES[key];
  let response: Response;
  try {
    const url = dataFileUrl(base, key);
    response = await (takeRequest(url) ?? fetchImpl(url));
  } catch (error) {
    throw new DataLoadError(file, 'missing', `could not be fetched (${(error as Error).message})`);
  }
  if (!response.ok) throw new DataLoadError(file, 'missing', `HTTP ${response.status}`);
  let value: unknown;
  try {
    value = await readJson(response);
  } catch {
    throw new DataLoadError(file, 'corrupt', 'is not valid JSON');
  }
  const problem = CHECKS[key]?.(value);
  if (problem) throw new DataLoadError(file, 'corrupt', problem);
  return value;
}

/** Fetch all data files relative to `base` (the page's folder), in parallel. */
export async function loadData(base = '', fetchImpl: typeof fetch = fetch.bind(globalThis)): Promise<AppData> {
  // The first view's files, in FIRST_VIEW_FILES order (the size budget counts the same list).
  const [topology, councils, services, partnerships, meta] = await Promise.all(FIRST_VIEW_FILES.map((key) => fetchJson(base, key, fetchImpl)));
  return checkedData({ topology, councils: councils as unknown[], services: services as unknown[], partnerships: partnerships as unknown[], meta });
}

/**
 * Leave out each record that is not what the app relies on, and count it;
 * each step (the shapes, the records, the indexes) a task of its own, so none
 * is long on a slow phone.
 */
export async function checkedData(
  files: { topology: unknown; councils: unknown[]; services: unknown[]; partnerships: unknown[]; meta: unknown },
  pause: () => Promise<void> = yieldToMain,
): Promise<AppData> {
  await pause();
  const shapes = checkTopology(files.topology);
  if (!shapes) throw new DataLoadError(DATA_FILES.boundaries, 'corrupt', TOPOLOGY_EXPECTED);
  await pause();
  const councils = checkCouncils(files.councils);
  const services = checkServices(files.services);
  const partnerships = checkPartnerships(files.partnerships, new Set(councils.kept.map((c) => c.code)), new Set(services.kept.map((s) => s.id)));
  const rejected = [...shapes.rejected, ...councils.rejected, ...services.rejected, ...partnerships.rejected];
  if (rejected.length) console.warn('Shared Services Map: records left out of the bundled data', rejected);
  await pause();
  return buildIndexes({
    topology: shapes.topology,
    councils: councils.kept,
    services: services.kept,
    partnerships: partnerships.kept,
    meta: (files.meta ?? {}) as BuildMeta,
    rejected,
  });
}

/** The text of every partnership (description, sources, quotes, notes): loaded once, after the first view. */
export async function loadDetails(base = '', fetchImpl: typeof fetch = fetch.bind(globalThis)): Promise<{ byId: Record<string, PartnershipDetails>; rejected: RejectedRecord[] }> {
  // Its checks come with it: the first view's script need not carry them.
  const [{ checkDetails }, value] = await Promise.all([import('./checkDetails'), fetchJson(base, 'details', fetchImpl, async (response) => parseByLine(await readTextInSteps(response), yieldToMain))]);
  const { kept, rejected } = checkDetails(value as Record<string, unknown>);
  if (rejected.length) console.warn('Shared Services Map: partnership details left out', rejected);
  return { byId: kept, rejected };
}
