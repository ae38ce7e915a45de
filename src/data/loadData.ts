import type { Topology } from 'topojson-specification';
import { DATA_DIR, DATA_FILES, FIRST_VIEW_FILES, type DataFileKey } from '../shared/dataFiles';
import type { BuildMeta, Council, PartnershipDetails, PartnershipSummary, ServiceArea } from '../shared/types';
import { buildIndexes, type AppData } from './indexes';

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

function isArrayOf(check: (item: Record<string, unknown>) => boolean, what: string): Check {
  return (value) => {
    if (!Array.isArray(value)) return `expected a list of ${what}`;
    const bad = value.findIndex((item) => typeof item !== 'object' || item === null || !check(item as Record<string, unknown>));
    return bad === -1 ? null : `item ${bad + 1} is not a valid ${what.replace(/s$/, '')}`;
  };
}

const CHECKS: Record<Exclude<DataFileKey, 'meta'>, Check> = {
  details: (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected the details of each partnership by id';
    const bad = Object.entries(value).find(([, d]) => typeof d !== 'object' || d === null || typeof (d as PartnershipDetails).description !== 'string' || !Array.isArray((d as PartnershipDetails).sources));
    return bad ? `the details of ${bad[0]} are not valid` : null;
  },
  boundaries: (value) => {
    const t = value as Topology;
    return t?.type === 'Topology' && Array.isArray(t.arcs) && t.objects?.ltla && t.objects?.cty ? null : 'expected a TopoJSON topology with ltla and cty';
  },
  councils: isArrayOf(
    (c) => typeof c.code === 'string' && typeof c.name === 'string' && Array.isArray(c.point) && c.point.length === 2,
    'councils',
  ),
  services: isArrayOf((s) => typeof s.id === 'string' && typeof s.colour === 'string' && typeof s.label === 'string', 'services'),
  partnerships: isArrayOf(
    (p) => typeof p.id === 'string' && typeof p.name === 'string' && Array.isArray(p.councils) && Array.isArray(p.services),
    'partnerships',
  ),
};

async function fetchJson(base: string, key: DataFileKey, fetchImpl: typeof fetch): Promise<unknown> {
  const file = DATA_FILES[key];
  let response: Response;
  try {
    response = await fetchImpl(`${base}${DATA_DIR}/${file}`);
  } catch (error) {
    throw new DataLoadError(file, 'missing', `could not be fetched (${(error as Error).message})`);
  }
  if (!response.ok) throw new DataLoadError(file, 'missing', `HTTP ${response.status}`);
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    throw new DataLoadError(file, 'corrupt', 'is not valid JSON');
  }
  if (key !== 'meta') {
    const problem = CHECKS[key](value);
    if (problem) throw new DataLoadError(file, 'corrupt', problem);
  }
  return value;
}

/** Fetch all data files relative to `base` (the page's folder), in parallel. */
export async function loadData(base = '', fetchImpl: typeof fetch = fetch.bind(globalThis)): Promise<AppData> {
  // The first view's files, in FIRST_VIEW_FILES order (the size budget counts the same list).
  const [topology, councils, services, partnerships, meta] = await Promise.all(FIRST_VIEW_FILES.map((key) => fetchJson(base, key, fetchImpl)));
  return buildIndexes({
    topology: topology as Topology,
    councils: councils as Council[],
    services: services as ServiceArea[],
    partnerships: partnerships as PartnershipSummary[],
    meta: meta as BuildMeta,
  });
}

/** The text of every partnership (description, sources, quotes, notes): loaded once, after the first view. */
export function loadDetails(base = '', fetchImpl: typeof fetch = fetch.bind(globalThis)): Promise<Record<string, PartnershipDetails>> {
  return fetchJson(base, 'details', fetchImpl) as Promise<Record<string, PartnershipDetails>>;
}
