import { max, median, min } from 'd3-array';

// What the bench keeps of a Lighthouse result (its JSON "LHR"): the
// performance score, the paint and blocking metrics, and the longest task.
// Read from the plain JSON, so a saved report can be summarised too.

export type LighthouseFormFactor = 'mobile' | 'desktop';

/** The pages Lighthouse loads: the full map and the embed of one council. */
export const LIGHTHOUSE_PAGES = [
  { name: 'map', path: '/' },
  { name: 'embed', path: '/?embed=1&council=E07000223' },
] as const;

/** The parts of a Lighthouse result read here (a subset of its LHR type). */
export interface LighthouseJson {
  lighthouseVersion?: string;
  runtimeError?: { code: string; message: string };
  categories: { performance?: { score: number | null } };
  audits: Record<string, { numericValue?: number; details?: { items?: { duration?: number; startTime?: number; url?: string }[] } } | undefined>;
}

export interface LighthouseRun {
  /** 0–100, as Lighthouse shows it. */
  score: number | null;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /** The longest main-thread task (ms) of Lighthouse's long-tasks audit; 0 when no task was long (50 ms or more). */
  longestTaskMs: number | null;
}

export interface LighthouseResult {
  page: string;
  path: string;
  formFactor: LighthouseFormFactor;
  runs: LighthouseRun[];
  /** Each measure over the runs: median, min and max. */
  summary: LighthouseSummary;
  errors: string[];
}

const numeric = (lhr: LighthouseJson, audit: string): number | null => lhr.audits[audit]?.numericValue ?? null;

/** One Lighthouse result, reduced to the measures the bench reports. */
export function readLighthouseRun(lhr: LighthouseJson): LighthouseRun {
  const score = lhr.categories.performance?.score;
  const longTasks = lhr.audits['long-tasks'];
  const durations = (longTasks?.details?.items ?? []).map((t) => t.duration ?? 0);
  return {
    score: score == null ? null : Math.round(score * 100),
    fcpMs: numeric(lhr, 'first-contentful-paint'),
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
    tbtMs: numeric(lhr, 'total-blocking-time'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    longestTaskMs: longTasks ? Math.max(0, ...durations) : null,
  };
}

export const LIGHTHOUSE_MEASURES: readonly (keyof LighthouseRun)[] = ['score', 'fcpMs', 'lcpMs', 'tbtMs', 'cls', 'longestTaskMs'];

export type LighthouseSummary = Record<keyof LighthouseRun, { median: number; min: number; max: number } | null>;

/** Each measure's median, min and max over the runs that have it (null where none has); unrounded, since CLS is a small fraction. */
export function summariseRuns(runs: readonly LighthouseRun[]): LighthouseSummary {
  const out = {} as LighthouseSummary;
  for (const key of LIGHTHOUSE_MEASURES) {
    const values = runs.map((r) => r[key]).filter((v): v is number => v != null && Number.isFinite(v));
    out[key] = values.length ? { median: median(values)!, min: min(values)!, max: max(values)! } : null;
  }
  return out;
}
