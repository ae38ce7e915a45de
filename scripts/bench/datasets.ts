import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'd3-array';
import { councilExistsIn } from '../../src/shared/councilYears';
import { DATA_DIR, DATA_FILES } from '../../src/shared/dataFiles';
import type { Council, PartnershipSummary } from '../../src/shared/types';
import { LAST_BOUNDARY_YEAR } from '../../src/shared/types';
import { writeSynthetic } from '../generateSynthetic';
import type { BenchServer } from './benchServer';

// The datasets the bench measures: the build's real data, or synthetic
// partnerships written for the run, and the councils worth clicking in each.

export interface Dataset {
  name: string;
  /** Absolute paths of the partnerships file (summaries) and its details. */
  file: string;
  detailsFile: string;
  partnerships: PartnershipSummary[];
  /** Councils to click, busiest first. */
  clickable: ClickableCouncil[];
}

export interface ClickableCouncil {
  code: string;
  name: string;
  partnerships: number;
  point: [number, number];
}

const seedValue = (seed: string): number | string => (/^\d+$/.test(seed) ? Number(seed) : seed);

/**
 * The councils drawn on the first view (latest boundaries) with their own
 * shape (not counties, which are drawn as their districts) that are in a
 * partnership: the busiest first, then by code.
 */
export function clickableCouncils(councils: readonly Council[], partnerships: readonly Pick<PartnershipSummary, 'councils'>[]): ClickableCouncil[] {
  const counts = rollup(
    partnerships.flatMap((p) => p.councils),
    (codes) => codes.length,
    (code) => code,
  );
  return councils
    .filter((c) => !c.noShape && c.type !== 'county' && councilExistsIn(c, LAST_BOUNDARY_YEAR) && counts.has(c.code))
    .map((c) => ({ code: c.code, name: c.name, partnerships: counts.get(c.code)!, point: c.point }))
    .sort((a, b) => b.partnerships - a.partnerships || a.code.localeCompare(b.code));
}

/** "real" (the build's own data files) or a number of synthetic partnerships, written for the run. */
export function loadDataset(name: string, dist: string, councils: readonly Council[], seed: string): Dataset {
  const synthetic = name === 'real' ? null : writeSynthetic(Number(name), seedValue(seed));
  const file = synthetic?.path ?? join(dist, DATA_DIR, DATA_FILES.partnerships);
  const detailsFile = synthetic?.detailsPath ?? join(dist, DATA_DIR, DATA_FILES.details);
  const partnerships = JSON.parse(readFileSync(file, 'utf8')) as PartnershipSummary[];
  return { name, file, detailsFile, partnerships, clickable: clickableCouncils(councils, partnerships) };
}

/** Serve a dataset's partnerships (and their details) in place of the build's own. */
export function serveDataset(server: BenchServer, data: Dataset): void {
  const synthetic = data.name !== 'real';
  for (const [path, file] of [
    [`/${DATA_DIR}/${DATA_FILES.partnerships}`, data.file],
    [`/${DATA_DIR}/${DATA_FILES.details}`, data.detailsFile],
  ] as const) {
    server.override(path, synthetic ? file : null);
    server.warm(path);
  }
}
