import type { PartnershipStatus } from '../../src/shared/types';

// Reading single cells of a spreadsheet: a year, a status, a date, a source
// number, a list of web addresses. Each gives the value, with a note when it
// read the cell in a way worth checking, or an error saying what to write.

export type Read<T> = { value: T; note?: string } | { error: string };

/** A cell that says "nothing": empty, a dash, n/a, none or null. */
export const BLANK = /^(-|–|—|n\/a|none|null)?$/i;

/** A year: "2016", or one year inside a date or a financial year ("2016/17", "01/04/2016"). */
export function readYear(cell: string): Read<number | null> {
  const text = cell.trim();
  if (BLANK.test(text)) return { value: null };
  if (/^\d{4}$/.test(text)) return { value: Number(text) };
  const years = [...text.matchAll(/(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
  const financial = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(text);
  if (financial) return { value: Number(financial[1]), note: `read the financial year "${text}" as ${financial[1]}` };
  if (years.length === 1) return { value: years[0]!, note: `read "${text}" as ${years[0]}` };
  return { error: `"${text}" is not a year: write it as four digits, e.g. 2016` };
}

/**
 * A cell's word in one of the tables of words below, or undefined. Only the
 * table's own words: an index would also find what every object inherits,
 * so a cell saying "constructor" or "__proto__" read as a function or an
 * object, and the report then quoted that rather than the cell.
 */
export function lookup<T>(table: Record<string, T>, word: string): T | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}

const STATUS_WORDS: Record<string, PartnershipStatus> = {
  active: 'active',
  running: 'active',
  live: 'active',
  current: 'active',
  ongoing: 'active',
  operating: 'active',
  'in operation': 'active',
  ended: 'ended',
  ceased: 'ended',
  closed: 'ended',
  dissolved: 'ended',
  disbanded: 'ended',
  finished: 'ended',
  terminated: 'ended',
  'wound up': 'ended',
  stopped: 'ended',
  unknown: 'unknown',
  'not known': 'unknown',
  unclear: 'unknown',
  '?': 'unknown',
};

export function readStatus(cell: string, endYear: number | null): Read<PartnershipStatus> {
  const text = cell.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!text) {
    return endYear != null
      ? { value: 'ended', note: `no status: "ended", since it has an end year` }
      : { value: 'unknown', note: 'no status: "unknown"' };
  }
  const status = lookup(STATUS_WORDS, text);
  return status ? { value: status } : { error: `"${cell.trim()}" is not a status: write active, ended or unknown` };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** A source date as the records write it (YYYY-MM-DD, YYYY-MM, YYYY), from what a spreadsheet may show. */
export function readDate(cell: string): Read<string | undefined> {
  const text = cell.trim();
  if (BLANK.test(text)) return { value: undefined };
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) return { value: text };
  const invalid = { error: `"${text}" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY` };
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (dmy) {
    const [day, month] = [Number(dmy[1]), Number(dmy[2])];
    if (month < 1 || month > 12 || day < 1 || day > 31) return invalid;
    return { value: `${dmy[3]}-${pad(month)}-${pad(day)}`, note: `read "${text}" as day/month/year` };
  }
  const named = /^(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?([a-z]{3})[a-z]*\.?[\s-]+(\d{4}|\d{2})$/i.exec(text);
  if (named) {
    const month = MONTHS.indexOf(named[2]!.toLowerCase()) + 1;
    if (month === 0) return invalid;
    const year = named[3]!.length === 2 ? `20${named[3]}` : named[3]!;
    const day = named[1] ? Number(named[1]) : undefined;
    if (day !== undefined && (day < 1 || day > 31)) return invalid;
    return { value: day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}` };
  }
  return invalid;
}

/** A "source N" number (from 1) as an index into sources (from 0). */
export function readSourceNumber(cell: string): Read<number | undefined> {
  const text = cell.trim();
  if (!text) return { value: undefined };
  const match = /^(?:source\s*)?#?\s*(\d+)$/i.exec(text);
  if (!match || Number(match[1]) < 1) return { error: `"${text}" is not a source number: write 1 for the first source URL, 2 for the second …` };
  return { value: Number(match[1]) - 1 };
}

/**
 * Web addresses separated by line breaks, spaces or ";" — but a ";" inside
 * an address (".aspx?ID=1;2") stays: only one before whitespace or another
 * "http" separates.
 */
export function splitUrls(cell: string): string[] {
  return cell
    .split(/\s+/)
    .flatMap((token) => token.split(/;(?=https?:\/\/)/i))
    .map((url) => url.replace(/^;+|;+$/g, ''))
    .filter(Boolean);
}

/** A list in one cell given alongside the source URLs: one per line, or separated by ";". */
export function splitParallel(cell: string, count: number): string[] {
  const text = cell.replace(/\s+$/, '').replace(/^\s*\n/, '');
  if (!text.trim()) return [];
  if (text.includes('\n')) return text.split('\n').map((s) => s.trim().replace(/;$/, '').trim());
  if (count <= 1) return [text.trim()];
  return text.split(';').map((s) => s.trim());
}


/** The host of a web address, without www., or undefined. */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
