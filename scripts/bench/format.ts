// How the bench writes numbers, in its tables and its progress lines.

export const KB = 1024;

/** Whole numbers from 100 up (with thousands separators), one decimal below ("12.5", "3"). */
export const formatNumber = (v: number) => (Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en-GB') : v.toFixed(1).replace(/\.0$/, ''));

/** Bytes as KB with one decimal. */
export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)}`;

/** "real", or "synthetic 10,000". */
export const datasetLabel = (d: string) => (d === 'real' ? 'real' : `synthetic ${Number(d).toLocaleString('en-GB')}`);

/** A whole number for a progress line, or n/a. */
export const whole = (v: number | null | undefined) => (v == null || !Number.isFinite(v) ? 'n/a' : Math.round(v).toString());
