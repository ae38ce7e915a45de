import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CouncilNameIndex } from '../src/shared/councilNames';
import { DATA_FILES } from '../src/shared/dataFiles';
import { stringifyByLine } from '../src/shared/jsonByLine';
import type { Council, Partnership, PartnershipDetails, PartnershipSummary, ServiceArea } from '../src/shared/types';
import { validatePartnerships } from '../src/shared/validatePartnerships';
import { splitPartnerships } from './build/bundleData';
import { PathError, plainFileError, readCommandLine, runCommand, UsageError } from './lib/commandLine';
import { generateSyntheticPartnerships, median, partnerDistances } from './lib/syntheticPartnerships';

const HELP = `tsx scripts/generateSynthetic.ts --count N [--seed S] [--out FILE]
npm run data:synthetic -- --count N [--seed S] [--out FILE]

Writes N synthetic partnerships over the real councils, for the benchmark, in
the bundled format the app loads: FILE has the summaries (as
public/data/partnerships.json) and FILE with .details.json for .json has the
details (as public/data/partnership-details.json). The same seed gives the
same files.

  --count N   how many partnerships (required)
  --seed S    a number or any text (default 1)
  --out FILE  where to write (default .cache/synthetic/partnerships-N-seed-S.json);
              never inside data/, public/, dist/ or src/: synthetic records are
              not committed or bundled.

Reads public/data/councils.json, services.json, partnerships.json and
partnership-details.json (run \`npm run data\` first).`;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function defaultSyntheticPath(count: number, seed: number | string): string {
  return join(root, '.cache', 'synthetic', `partnerships-${count}-seed-${String(seed).replace(/[^a-zA-Z0-9_-]/g, '_')}.json`);
}

/** Refuse places where synthetic records could be committed or bundled. */
export function checkOutPath(out: string): void {
  const rel = relative(root, resolve(out));
  const top = rel.split(/[\\/]/)[0];
  if (!rel.startsWith('..') && ['data', 'public', 'dist', 'src'].includes(top ?? '')) {
    throw new Error(`refusing to write synthetic partnerships to ${rel}: they must never be committed or bundled (use .cache/synthetic/)`);
  }
}

/** Where the details go: next to the summaries, FILE.json → FILE.details.json. */
export function detailsPathFor(out: string): string {
  return out.replace(/(\.json)?$/, '.details.json');
}

export interface SyntheticFile {
  /** The summaries, served as data/partnerships.json. */
  path: string;
  /** The details, served as data/partnership-details.json. */
  detailsPath: string;
  partnerships: Partnership[];
}

/** The real partnerships with their details put back together, whichever way the data build bundles them. */
export function readRealPartnerships(dataDir: string): Partnership[] {
  const read = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;
  const summaries = read<(PartnershipSummary & Partial<PartnershipDetails>)[]>(DATA_FILES.partnerships);
  let details: Record<string, PartnershipDetails> = {};
  try {
    details = read<Record<string, PartnershipDetails>>(DATA_FILES.details);
  } catch {
    // An older build bundled each partnership whole.
  }
  return summaries.map((s) => ({ ...s, ...details[s.id] }) as Partnership);
}

/** Generate and write a synthetic dataset; checks every record the way the data build does. */
export function writeSynthetic(count: number, seed: number | string, out = defaultSyntheticPath(count, seed)): SyntheticFile {
  checkOutPath(out);
  const dataDir = join(root, 'public', 'data');
  const read = <T>(file: string): T => {
    try {
      return JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;
    } catch (error) {
      const reason = plainFileError(error);
      throw new Error(`public/data/${file}: ${reason instanceof PathError ? reason.reason : (error as Error).message}: run \`npm run data\` first`);
    }
  };
  const councils = read<Council[]>(DATA_FILES.councils);
  const services = read<ServiceArea[]>(DATA_FILES.services);
  read<unknown>(DATA_FILES.partnerships); // only to say what to do when it is missing
  const real = readRealPartnerships(dataDir);
  const partnerships = generateSyntheticPartnerships({ count, seed, councils, real });
  const problems = validatePartnerships(partnerships, { councils: new CouncilNameIndex(councils), serviceIds: new Set(services.map((s) => s.id)), currentYear: new Date().getFullYear() });
  if (problems.length) {
    throw new Error(`generated records fail the data checks:\n${problems.slice(0, 10).map((p) => `  ${p.record} ${p.field}: ${p.message}`).join('\n')}`);
  }
  // The same split the data build makes: summaries for the first view, details after.
  const { summaries, details } = splitPartnerships(partnerships);
  const detailsPath = detailsPathFor(out);
  checkOutPath(detailsPath);
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, JSON.stringify(summaries));
  writeFileSync(detailsPath, stringifyByLine(details));
  return { path: resolve(out), detailsPath: resolve(detailsPath), partnerships };
}

function main(argv: string[]): number {
  const command = readCommandLine(argv, { valued: ['--count', '--seed', '--out'], args: { max: 0 } });
  if (!command) {
    console.log(HELP);
    return 0;
  }
  const value = (flag: string) => command.options[flag] as string | undefined;
  const count = Number(value('--count'));
  if (value('--count') === undefined || !Number.isInteger(count) || count < 0) throw new UsageError('--count needs a whole number');
  const seedText = value('--seed') ?? '1';
  const seed = /^\d+$/.test(seedText) ? Number(seedText) : seedText;
  const out = value('--out') ?? defaultSyntheticPath(count, seed);
  const { path, detailsPath, partnerships } = writeSynthetic(count, seed, out);
  const councils = JSON.parse(readFileSync(join(root, 'public', 'data', 'councils.json'), 'utf8')) as Council[];
  const { pairs, widest } = partnerDistances(partnerships, new Map(councils.map((c) => [c.code, c])));
  console.log(
    `Wrote ${partnerships.length} synthetic partnerships (seed ${seedText}) to ${relative(process.cwd(), path)} and ${relative(process.cwd(), detailsPath)}: ` +
      `median distance between partners ${median(pairs).toFixed(0)} km, ` +
      `${((widest.filter((d) => d > 250).length / Math.max(1, widest.length)) * 100).toFixed(1)}% span more than 250 km.`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runCommand(HELP, () => main(process.argv.slice(2)));
}
