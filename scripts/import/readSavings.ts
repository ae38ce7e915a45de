import { parseAmount, parseSavings } from '../../src/shared/parseSavings';
import type { SavingsKind, SavingsQualifier, SavingsRecord, SavingsScope } from '../../src/shared/types';
import { SAVINGS_STRUCTURE, type ColumnKey } from '../spreadsheet/partnershipColumns';
import { lookup, readSourceNumber } from './cellReaders';
import type { RowReader } from './rowReader';

// A row's savings: from the savings columns when they are filled in, else
// read from the quoted wording (parseSavings), saying how it was read.

const KINDS: Record<string, SavingsKind> = {
  annual: 'annual',
  'per year': 'annual',
  yearly: 'annual',
  period: 'period',
  total: 'period',
  cumulative: 'cumulative',
  'to date': 'cumulative',
  unclear: 'unclear',
};
const SCOPES: Record<string, SavingsScope> = {
  partnership: 'partnership',
  'whole partnership': 'partnership',
  'each-partner': 'each-partner',
  'each partner': 'each-partner',
  each: 'each-partner',
  'some-partners': 'some-partners',
  'some partners': 'some-partners',
};
const QUALIFIERS: Record<string, SavingsQualifier> = {
  about: 'about',
  around: 'about',
  approximately: 'about',
  'at-least': 'at-least',
  'at least': 'at-least',
  'more than': 'at-least',
  'up-to': 'up-to',
  'up to': 'up-to',
};
const YES = new Set(['yes', 'y', 'true', '1', 'target']);
const NO = new Set(['no', 'n', 'false', '0']);

/** The savings record of a row, or null when it gives none. */
export function readSavings(reader: RowReader, sourceCount: number): SavingsRecord | null {
  const quote = reader.cell('savings');
  const structured = SAVINGS_STRUCTURE.some((key) => reader.cell(key) !== '');
  if (!quote) {
    if (structured) reader.error('savings', 'savings columns are filled in but the savings wording is empty: quote the source');
    reader.savingsHow = 'none';
    return null;
  }
  const source = reader.take('savingsSource', readSourceNumber(reader.cell('savingsSource')), undefined);
  if (source === undefined && sourceCount > 1) reader.note('savingsSource', 'no savings source: took source 1');
  const base = { quote, source: source ?? 0 };

  if (structured) {
    reader.savingsHow = 'fromColumns';
    const lower = (key: ColumnKey) => reader.cell(key).toLowerCase().replace(/\s+/g, ' ');
    const kind = lookup(KINDS, lower('savingsKind'));
    if (!kind) reader.error('savingsKind', `${reader.cell('savingsKind') ? `"${reader.cell('savingsKind')}" is not a kind` : 'missing'}: write annual, period, cumulative or unclear (or clear the savings columns to have the wording read)`);
    const amount = (key: ColumnKey): number | undefined => {
      const text = reader.cell(key);
      if (!text) return undefined;
      const value = parseAmount(text);
      if (value === undefined) reader.error(key, `"${text}" is not an amount of pounds: write e.g. 2300000 or £2.3m`);
      return value;
    };
    let low = amount('savingsLow');
    let high = amount('savingsHigh');
    if (!reader.cell('savingsLow') && !reader.cell('savingsHigh')) {
      reader.error('savingsLow', 'give the figure in savings low and savings high (the same for a single figure)');
    }
    low ??= high;
    high ??= low;
    const record: SavingsRecord = { ...base, kind: kind ?? 'unclear', low: low ?? 0, high: high ?? 0 };
    const yearsText = reader.cell('savingsYears');
    if (yearsText) {
      const years = Number(yearsText);
      if (!(years > 0)) reader.error('savingsYears', `"${yearsText}" is not a number of years`);
      else record.years = years;
    }
    const targetText = lower('savingsTarget');
    if (YES.has(targetText)) record.target = true;
    else if (NO.has(targetText)) record.target = false;
    else if (targetText) reader.error('savingsTarget', `"${reader.cell('savingsTarget')}" is not yes or no`);
    const scopeText = lower('savingsScope');
    if (scopeText) {
      const scope = lookup(SCOPES, scopeText);
      if (scope) record.scope = scope;
      else reader.error('savingsScope', `"${reader.cell('savingsScope')}" is not a scope: write partnership, each-partner or some-partners`);
    }
    const qualifierText = lower('savingsQualifier');
    if (qualifierText) {
      const qualifier = lookup(QUALIFIERS, qualifierText);
      if (qualifier) record.qualifier = qualifier;
      else reader.error('savingsQualifier', `"${reader.cell('savingsQualifier')}" is not a qualifier: write about, at-least or up-to`);
    }
    return record;
  }

  const parsed = parseSavings(quote);
  if (!parsed.savings) {
    reader.savingsHow = 'noFigure';
    reader.note('savings', `${parsed.doubt ?? 'no figure'} in "${quote}": savings left empty (null)`);
    return null;
  }
  reader.savingsHow = parsed.savings.kind === 'unclear' ? 'unclear' : 'fromWording';
  const reading = describeReading(parsed.savings);
  reader.note('savings', parsed.doubt ? `unclear: ${parsed.doubt}; kept as ${reading}` : `read as ${reading}`);
  return { ...base, ...parsed.savings };
}

/** "period, £2,000,000–£5,000,000 over 3 years, target" */
export function describeReading(s: Omit<SavingsRecord, 'quote' | 'source'>): string {
  const pounds = (n: number) => `£${n.toLocaleString('en-GB')}`;
  const amount = s.low === s.high ? pounds(s.low) : `${pounds(s.low)}–${pounds(s.high)}`;
  const parts = [s.kind, s.years ? `${amount} over ${s.years} years` : amount];
  if (s.target) parts.push('target');
  if (s.scope) parts.push(s.scope);
  if (s.qualifier) parts.push(s.qualifier);
  return parts.join(', ');
}

