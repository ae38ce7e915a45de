import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { CouncilNameIndex } from '../../src/shared/councilNames';
import { councilExistsIn } from '../../src/shared/councilYears';
import { BOUNDARY_COLOURS } from '../../src/map/palette';
import { DATA_FILES } from '../../src/shared/dataFiles';
import { statusAsOf } from '../../src/shared/claims';
import { stringifyByLine } from '../../src/shared/jsonByLine';
import { estimateAnnualSavings } from '../../src/shared/savingsEstimate';
import type { BuildMeta, Council, Partnership, PartnershipDetails, PartnershipRecord, PartnershipSummary, ServiceArea } from '../../src/shared/types';
import { FIRST_BOUNDARY_YEAR, LAST_BOUNDARY_YEAR } from '../../src/shared/types';
import { validatePartnerships, type Problem } from '../../src/shared/validatePartnerships';
import { buildBoundaries } from './buildBoundaries';
import { buildCouncils } from './buildCouncils';
import { buildServices } from './buildServices';
import { loadRecords, placeInFiles } from './loadPartnerships';
import { outlineSvg } from './outlineSvg';
import { ATTRIBUTIONS, resolveAllSources, type ResolvedSource, type ResolveOptions, type SourceFile } from './sources';

export interface BuildOptions extends ResolveOptions {
  /** Where the curated data lives (data/). */
  dataDir: string;
  /** Where the bundled JSON goes (public/data/). */
  outDir: string;
  log?: (line: string) => void;
}

export interface BuildResult {
  councils: Council[];
  services: ServiceArea[];
  partnerships: Partnership[];
  topology: Topology;
  meta: BuildMeta;
  warnings: string[];
  /** Output file name → raw and gzipped bytes. */
  sizes: Record<string, { raw: number; gzip: number }>;
}

/**
 * What the first view needs, apart from the text it can load later: the map
 * and lists draw from the summaries; the details panel reads the details.
 */
export function splitPartnerships(partnerships: readonly Partnership[]): {
  summaries: PartnershipSummary[];
  details: Record<string, PartnershipDetails>;
} {
  const summaries: PartnershipSummary[] = [];
  const details: Record<string, PartnershipDetails> = {};
  for (const p of partnerships) {
    const summary: PartnershipSummary = {
      id: p.id,
      name: p.name,
      councils: p.councils,
      services: p.services,
      startYear: p.startYear,
      endYear: p.endYear,
      status: p.status,
      estimate: p.estimate,
    };
    if (p.lead) summary.lead = p.lead;
    if (p.savings?.kind === 'unclear') summary.savingsUnclear = true;
    if (p.savings) summary.figure = p.savings.target ? 'target' : 'reported';
    const asOf = statusAsOf(p);
    if (asOf != null) summary.statusAsOf = asOf;
    if (p.membershipChanges?.length) {
      summary.membershipChanges = p.membershipChanges.map(({ council, joined, left }) => ({
        council,
        ...(joined != null ? { joined } : {}),
        ...(left != null ? { left } : {}),
      }));
    }
    summaries.push(summary);
    const detail: PartnershipDetails = { servicesAsWritten: p.servicesAsWritten, description: p.description, savings: p.savings, sources: p.sources };
    if (p.notes) detail.notes = p.notes;
    if (p.membershipChanges?.length) detail.membershipChanges = p.membershipChanges;
    details[p.id] = detail;
  }
  return { summaries, details };
}

export class DataProblemsError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the curated partnerships`);
    this.name = 'DataProblemsError';
  }
}

/** The council register and index the checks need, built from the sources. */
export async function loadCouncils(options: ResolveOptions): Promise<{ councils: Council[]; index: CouncilNameIndex; aliases: Record<string, string> }> {
  const sources = await resolveAllSources(options);
  const { councils } = buildCouncils({
    register: sources.register.content.toString('utf8'),
    lookup: sources.lookup.content.toString('utf8'),
    changes: sources.changes.content.toString('utf8'),
  });
  const aliases = await readAliases(join(options.projectRoot, 'data'));
  return { councils, index: new CouncilNameIndex(councils, aliases), aliases };
}

async function readAliases(dataDir: string): Promise<Record<string, string>> {
  const file = JSON.parse(await readFile(join(dataDir, 'council-aliases.json'), 'utf8')) as { aliases: Record<string, string> };
  return file.aliases;
}

/** Where each council's links attach: its shape's point, or (with no shape of its own) its successor's. */
function placeCouncils(councils: Council[], points: ReadonlyMap<string, [number, number]>): void {
  for (const council of councils) {
    const point = points.get(council.code);
    if (point) {
      council.point = point;
      continue;
    }
    // No shape of its own (the Northern Irish councils before 2015): its links attach in its successor's area.
    council.noShape = true;
    const successorPoint = council.successors?.map((code) => points.get(code)).find(Boolean);
    if (successorPoint) council.point = successorPoint;
  }
}

/** The checked records with one code per council (former codes, Fife's S12000015 say, become the council's code) and their yearly estimates. */
function normalisePartnerships(records: readonly PartnershipRecord[], index: CouncilNameIndex): Partnership[] {
  const canonical = (code: string) => index.byGssCode(code)!.code;
  return records
    .map((record) => {
      const normalised: PartnershipRecord = {
        ...record,
        councils: record.councils.map(canonical),
        ...(record.lead ? { lead: canonical(record.lead) } : {}),
        ...(record.membershipChanges
          ? { membershipChanges: record.membershipChanges.map((c) => ({ ...c, council: canonical(c.council) })) }
          : {}),
      };
      return { ...normalised, estimate: estimateAnnualSavings(record.savings, record.councils.length) };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

function buildMeta(councils: readonly Council[], partnerships: readonly Partnership[], shapesByYear: BuildMeta['counts']['shapesByYear'], sources: Record<SourceFile['id'], ResolvedSource>): BuildMeta {
  const councilsByYear: Record<string, number> = {};
  for (let year = FIRST_BOUNDARY_YEAR; year <= LAST_BOUNDARY_YEAR; year++) {
    councilsByYear[year] = councils.filter((c) => councilExistsIn(c, year)).length;
  }
  return {
    builtAt: new Date().toISOString(),
    counts: { councils: councils.length, partnerships: partnerships.length, councilsByYear, shapesByYear },
    sources: [
      { name: 'ONS UK boundaries (TopoJSON)', sha256: sources.topology.sha256, attribution: ATTRIBUTIONS.ons },
      { name: 'ONS 2014 lower-tier lookup', sha256: sources.lookup.sha256, attribution: ATTRIBUTIONS.ons },
      { name: 'ONS boundary changes', sha256: sources.changes.sha256, attribution: ATTRIBUTIONS.ons },
      { name: 'mySociety UK local authorities register', sha256: sources.register.sha256, attribution: ATTRIBUTIONS.mysociety },
    ],
  };
}

/** Write each bundled file, meta last (its presence marks a complete build), and say how big each is. */
async function writeOutputs(outDir: string, outputs: Record<string, unknown>): Promise<BuildResult['sizes']> {
  await mkdir(outDir, { recursive: true });
  const sizes: BuildResult['sizes'] = {};
  for (const [file, value] of Object.entries(outputs)) {
    // JSON, but for a picture (the outline), which is its own text.
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    await writeFile(join(outDir, file), text);
    sizes[file] = { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
  }
  return sizes;
}

export async function buildData(options: BuildOptions): Promise<BuildResult> {
  const log = options.log ?? (() => {});
  const sources = await resolveAllSources(options);
  for (const s of Object.values(sources)) log(`source ${s.folder}/${s.file}: ${s.origin} (${s.path})`);

  const { councils, codeToCouncil, warnings } = buildCouncils({
    register: sources.register.content.toString('utf8'),
    lookup: sources.lookup.content.toString('utf8'),
    changes: sources.changes.content.toString('utf8'),
  });
  const sourceTopology = JSON.parse(sources.topology.content.toString('utf8')) as Topology;
  const boundaries = buildBoundaries(sourceTopology, codeToCouncil);
  warnings.push(...boundaries.warnings);
  placeCouncils(councils, boundaries.points);

  const services = buildServices(JSON.parse(await readFile(join(options.dataDir, 'services.json'), 'utf8')));
  const index = new CouncilNameIndex(councils, await readAliases(options.dataDir));
  const loaded = await loadRecords(join(options.dataDir, 'partnerships'), options.projectRoot);
  const context = { councils: index, serviceIds: new Set(services.map((s) => s.id)), currentYear: new Date().getFullYear() };
  const problems = [...loaded.problems, ...placeInFiles(validatePartnerships(loaded.records, context), loaded.files)];
  if (problems.length > 0) throw new DataProblemsError(problems);

  const partnerships = normalisePartnerships(loaded.records as PartnershipRecord[], index);
  const meta = buildMeta(councils, partnerships, boundaries.shapesByYear, sources);
  const { summaries, details } = splitPartnerships(partnerships);
  const sizes = await writeOutputs(options.outDir, {
    [DATA_FILES.boundaries]: boundaries.topology,
    [DATA_FILES.councils]: councils,
    [DATA_FILES.services]: services,
    [DATA_FILES.partnerships]: summaries,
    // A member to a line, so the app parses it in steps (src/shared/jsonByLine.ts).
    [DATA_FILES.details]: stringifyByLine(details),
    [DATA_FILES.outline]: outlineSvg(boundaries.topology, { fill: BOUNDARY_COLOURS.fill, stroke: BOUNDARY_COLOURS.stroke }),
    [DATA_FILES.meta]: meta,
  });
  return { councils, services, partnerships, topology: boundaries.topology, meta, warnings, sizes };
}
