import { savingsBacked } from './claims';
import { indexInto, isBoolean, isFiniteNumber, isObject, isText, oneOf, quotedChoices, show, type Json, type Report } from './fieldChecks';
import { SAVINGS_KINDS, SAVINGS_QUALIFIERS, SAVINGS_SCOPES } from './types';

// The checks of a partnership record's savings figure (validatePartnerships.ts
// checks the rest): the wording as quoted, the source that gives it, the
// figure in pounds and how to read it.

// The LGA's map summed £1.34bn for all 626 partnerships in 2019: a figure of
// £10bn or more for one is a slip of the keyboard, and would overflow estimates.
export const MAX_SAVINGS = 10_000_000_000;
const isKind = oneOf(SAVINGS_KINDS);
const isScope = oneOf(SAVINGS_SCOPES);
const isQualifier = oneOf(SAVINGS_QUALIFIERS);
const YEARS_FIX = 'give years, e.g. 3 for "over three years"';

/** A savings object; `report` names its fields ("low" for savings.low). */
export function validateSavings(savings: unknown, report: Report, sourceCount: number): void {
  if (!isObject(savings)) {
    report('(value)', 'not an object', 'give { "quote", "source", "kind", "low", "high" }, or null');
    return;
  }
  if (!isText(savings.quote)) report('quote', 'missing', 'quote the savings wording exactly as the source gives it');
  if (!indexInto(sourceCount)(savings.source)) {
    report('source', `${show(savings.source)} is not one of the sources`, `give the index (0 to ${Math.max(0, sourceCount - 1)}) of the source of the quote`);
  }
  if (!isKind(savings.kind)) report('kind', `${show(savings.kind)} is not a kind`, `use ${quotedChoices(SAVINGS_KINDS)}`);
  validateFigures(savings, report);
  validateYears(savings, report);
  if (savings.scope !== undefined && !isScope(savings.scope)) report('scope', `${show(savings.scope)} is not a scope`, `use ${quotedChoices(SAVINGS_SCOPES)}`);
  if (savings.qualifier !== undefined && !isQualifier(savings.qualifier)) report('qualifier', `${show(savings.qualifier)} is not a qualifier`, `use ${quotedChoices(SAVINGS_QUALIFIERS)}, or leave it out`);
  if (savings.target !== undefined && !isBoolean(savings.target)) report('target', 'not true or false', 'true for an aim or projection, false (or absent) for a saving reported as made');
}

/** Low and high: pounds, from 0 to under £10bn, low no more than high. */
function validateFigures(savings: Json, report: Report): void {
  for (const key of ['low', 'high'] as const) {
    const value = savings[key];
    if (!isFiniteNumber(value)) report(key, 'missing or not a number', 'give the figure in pounds, e.g. 1500000');
    else if (value < 0) report(key, `negative (${value})`, 'give savings as positive pounds');
    else if (value >= MAX_SAVINGS) report(key, `${value} is £10bn or more`, 'check the figure: give it in pounds, e.g. 1500000 for £1.5m');
  }
  const { low, high } = savings;
  if (typeof low === 'number' && typeof high === 'number' && low > high) report('low', `low (${low}) is above high (${high})`, 'swap them, or check the quote');
}

/**
 * Years: a finite number above 0 whenever given, and given for a period
 * or cumulative figure. (Infinity, which "years": 1e999 in a file parses
 * to, passed, and spread the figure to £0 a year.)
 */
function validateYears(savings: Json, report: Report): void {
  const { kind, years } = savings;
  if (isFiniteNumber(years) && years > 0) return;
  const needsYears = kind === 'period' || kind === 'cumulative';
  if (years === undefined && needsYears) report('years', `a ${String(kind)} figure needs the number of years it covers`, YEARS_FIX);
  else if (years !== undefined) report('years', `${show(years)} is not a number of years`, needsYears ? YEARS_FIX : 'give the years the figure covers, e.g. 3, or leave years out');
}

/**
 * A savings figure must be quoted by a passage of the source it names
 * (claims.ts): checked once the wording and the source are themselves
 * right, and reported on that source's passages.
 */
export function validateSavingsQuoted(record: Json, report: Report, sourceCount: number): void {
  const savings = record.savings;
  if (!isObject(savings) || !isText(savings.quote) || !indexInto(sourceCount)(savings.source) || savingsBacked(record)) return;
  report(
    `sources[${savings.source as number}].passages`,
    `no passage quotes the savings wording "${savings.quote}"`,
    'add the sentence of that source that contains the wording, exactly, as a passage backing "savings"; or set savings to null if no source you can read gives it',
  );
}
