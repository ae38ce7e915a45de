import { cpus, release, totalmem, type } from 'node:os';
import type { ProfileKind } from './options';
import type { LighthouseResult } from './lighthouseResult';
import type { PeersResult } from './peers/peerResults';
import type { FrameResult, Stat } from './stats';
import type { TraceSummary } from './summariseTrace';
import type { Transfer } from './transfer';

// The bench's results as bench/results.json holds them: what each dataset
// measured, the targets they are judged against, the profiles of those
// missed, and the notes on what was clicked.

export interface SelectClick {
  council: string;
  name: string;
  partnerships: number;
  selected: string | null;
  zoom: number;
}

export interface SizeResult {
  /** "real", or the number of synthetic partnerships. */
  dataset: string;
  partnerships: number;
  /** Links when everything is shown, and the lines drawn for them at the first view (fewer when grouped). */
  links: number | null;
  drawn?: number | null;
  grouped?: boolean | null;
  /** The partnerships file served, relative to the project. */
  file: string;
  mapReady: Stat | null;
  linksShown: Stat | null;
  dataArrived: Stat | null;
  mapReadyThrottled: Stat | null;
  linksShownThrottled: Stat | null;
  select: Stat | null;
  selectToDraw: Stat | null;
  /** What was clicked in each run. */
  selectClicks: SelectClick[];
  filterOn: Stat | null;
  filterOnToDraw: Stat | null;
  filterOff: Stat | null;
  filterOffToDraw: Stat | null;
  pan: FrameResult;
  zoom: FrameResult;
  heapMB: Stat | null;
  /** First view, bytes as Chromium received them (gzipped bodies plus headers), from the first run. */
  transfer: Transfer | null;
  errors: string[];
}

export interface Target {
  id: string;
  label: string;
  dataset: string;
  limit: string;
  measured: string;
  met: boolean | null;
  /** What to profile when missed. */
  profile: ProfileKind | null;
}

export interface ProfileResult {
  target: string;
  dataset: string;
  kind: ProfileKind;
  command: string;
  /** The measured time in the profiled run (ms), for scale. */
  measuredMs: number | null;
  summary: TraceSummary | null;
  trace: string | null;
  error?: string;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  node: string;
  chromium: string;
}

export interface Results {
  date: string;
  machine: Machine;
  /** clicks: council clicks and filter changes timed per run (absent in results made before it was an option: one). */
  settings: { runs: number; clicks?: number; throttle: number; seed: string; viewport: string; gzipLevel: number; command: string; commit: string };
  sizes: SizeResult[];
  targets: Target[];
  profiles: ProfileResult[];
  /** Lighthouse's mobile and desktop runs (absent when left out). */
  lighthouse?: LighthouseResult[];
  /** When the Lighthouse runs were made apart from the rest (--lighthouse-write): when, of which commit, by what command. */
  lighthouseMade?: { date: string; commit: string; command: string };
  /** The app against plain Leaflet and deck.gl (absent when not measured: --peers, --peers-only). */
  peers?: PeersResult;
  notes: string[];
}

/** This machine, and the Chromium version measured with. */
export function thisMachine(chromium: string): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    chromium,
  };
}

const datasetName = (dataset: string) => (dataset === 'real' ? 'Real data' : `${dataset} partnerships`);

/** Per dataset: the council first clicked, whether a click ever selected another, and the problems met. */
export function resultNotes(sizes: readonly SizeResult[]): string[] {
  const notes: string[] = [];
  for (const s of sizes) {
    for (const click of s.selectClicks.slice(0, 1)) {
      notes.push(
        `${datasetName(s.dataset)}: the council clicked was ${click.name} (${click.partnerships} partnerships) at zoom ${click.zoom}` +
          (s.selectClicks.some((c) => c.selected !== c.council) ? '; in some runs the click selected another council' : ''),
      );
    }
    if (s.errors.length) notes.push(`${datasetName(s.dataset)}: ${s.errors.length} problem(s): ${[...new Set(s.errors.map((e) => e.replace(/^run \d+: /, '')))].slice(0, 3).join('; ')}`);
  }
  return notes;
}

/** The results with their Lighthouse runs replaced by runs made apart (--lighthouse-write); the other measurements stay as they were. */
export function withLighthouse(results: Results, lighthouse: LighthouseResult[], made: NonNullable<Results['lighthouseMade']>): Results {
  return { ...results, lighthouse, lighthouseMade: made };
}
