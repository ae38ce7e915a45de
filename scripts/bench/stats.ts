import { max, median, min } from 'd3-array';

// The bench's statistics: a measurement's runs as min / median / max, and a
// gesture's frame times as frames per second and frame intervals.

export interface Stat {
  runs: number[];
  min: number;
  median: number;
  max: number;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** The finite values' min, median and max (to 0.1), or null when there is none. */
export function stat(values: readonly number[]): Stat | null {
  const runs = values.filter((v) => Number.isFinite(v));
  if (!runs.length) return null;
  return { runs: runs.map(round1), min: round1(min(runs)!), median: round1(median(runs)!), max: round1(max(runs)!) };
}

export interface FrameStats {
  frames: number;
  durationMs: number;
  /** Frames per second over the gesture and the redraw after it. */
  fps: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Intervals longer than 1.5 frames at 60 Hz (25 ms): at least one frame missed. */
  longFrames: number;
}

/** Longer than 1.5 frames at 60 Hz: at least one frame was missed. */
const LONG_FRAME_MS = 25;

/**
 * Frame intervals of requestAnimationFrame times. The median and 95th
 * percentile are by nearest rank (an interval that happened), not
 * interpolated as d3's quantile would: a frame is either missed or not.
 */
export function frameStats(times: readonly number[]): FrameStats {
  const deltas = times.slice(1).map((t, i) => t - times[i]!);
  const sorted = [...deltas].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  const durationMs = times.length > 1 ? times.at(-1)! - times[0]! : 0;
  return {
    frames: deltas.length,
    durationMs,
    fps: durationMs > 0 ? (deltas.length / durationMs) * 1000 : NaN,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    maxMs: sorted.at(-1) ?? NaN,
    longFrames: deltas.filter((d) => d > LONG_FRAME_MS).length,
  };
}

export interface FrameResult {
  fps: Stat | null;
  medianMs: Stat | null;
  p95Ms: Stat | null;
  maxMs: Stat | null;
  longFrames: Stat | null;
}

/** Each frame statistic over the runs of a gesture. */
export function frameResult(runs: readonly FrameStats[]): FrameResult {
  return {
    fps: stat(runs.map((r) => r.fps)),
    medianMs: stat(runs.map((r) => r.medianMs)),
    p95Ms: stat(runs.map((r) => r.p95Ms)),
    maxMs: stat(runs.map((r) => r.maxMs)),
    longFrames: stat(runs.map((r) => r.longFrames)),
  };
}
