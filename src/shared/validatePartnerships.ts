import { savingsBacked } from './claims';
import type { CouncilNameIndex } from './councilNames';
import { councilExistsIn } from './councilYears';
import { linkableUrl } from './safeUrl';
import { CLAIMS, type SavingsRecord } from './types';

// Every check a partnership record must pass, shared by `npm run data`,
// `npm run data:check` and the import. It reports every problem it finds,
// each with the record, the field and what to do, rather than stopping at
// the first.

export interface Problem {
  /** The record's id, or its position when it has none. */
  record: string;
  field: string;
  message: string;
  fix: string;
}

export interface ValidationContext {
  councils: CouncilNameIndex;
  serviceIds: ReadonlySet<string>;
  /** The latest year a partnership can have started or ended in. */
  currentYear: number;
}

const EARLIEST_YEAR = 1974; // the councils of today's register begin in 1974
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STATUSES = new Set(['active', 'ended', 'unknown']);
const SAVINGS_KINDS = new Set(['annual', 'period', 'cumulative', 'unclear']);
const SAVINGS_SCOPES = new Set(['partnership', 'each-partner', 'some-partners']);
const SAVINGS_QUALIFIERS = new Set(['about', 'at-least', 'up-to']);
const GSS_PATTERN = /^[ENSW]\d{8}$/;
const MAX_SAVINGS = 10_000_000_000;
// A passage is a sentence or two: enough to back a claim, short enough to quote.
const MAX_PASSAGE = 600;
const CLAIM_NAMES = new Set<string>(CLAIMS);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function isYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** An address a source may give: one the app will link to (http or https), on a named host. */
export function isHttpUrl(value: unknown): boolean {
  const href = typeof value === 'string' ? linkableUrl(value) : null;
  return href != null && new URL(href).hostname.includes('.');
}

/**
 * A value as a message quotes it. JSON.stringify throws on a bigint and
 * writes NaN and Infinity as null; the checker takes any value (its input
 * is `unknown`) and must report it rather than throw, so this never throws.
 */
function show(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return `a ${Array.isArray(value) ? 'list' : typeof value} that JSON cannot hold`;
  }
}

/**
 * A source date as the README writes it (YYYY, YYYY-MM or YYYY-MM-DD) that
 * is also a day of the calendar: the pattern alone let "2017-13-01" and
 * "2017-02-30" through, and the page showed them as other days (30
 * February as 2 March).
 */
function isSourceDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12) return false;
  // setUTCFullYear rolls 30 February over into March (and, unlike Date.UTC, keeps years 0–99 as written).
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function describeCouncil(code: string, name: string): string {
  return `${code} ${name}`;
}

/** Validate a list of records (or anything that should be one). */
export function validatePartnerships(input: unknown, context: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  if (!Array.isArray(input)) {
    return [
      {
        record: '(file)',
        field: '(top level)',
        message: 'expected a list of partnerships or one partnership object',
        fix: 'wrap the records in [ … ], or give one { … } record per file',
      },
    ];
  }
  const seen = new Map<string, number>();
  input.forEach((record, index) => {
    const label = isObject(record) && isNonEmptyString(record.id) ? record.id : `#${index + 1}`;
    if (isObject(record) && isNonEmptyString(record.id)) {
      const first = seen.get(record.id);
      if (first !== undefined) {
        problems.push({
          record: label,
          field: 'id',
          message: `duplicate id (also record #${first + 1})`,
          fix: 'give each partnership its own id',
        });
      } else {
        seen.set(record.id, index);
      }
    }
    problems.push(...validateRecord(record, label, context));
  });
  return problems;
}

export function validateRecord(record: unknown, label: string, context: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, message: string, fix: string) => problems.push({ record: label, field, message, fix });

  if (!isObject(record)) {
    add('(record)', 'not an object', 'each partnership is a { … } object with the fields of the README');
    return problems;
  }

  // Required text fields.
  if (!isNonEmptyString(record.id)) add('id', 'missing', 'add an id: lower-case words joined by hyphens');
  else if (!ID_PATTERN.test(record.id)) add('id', `"${record.id}" is not lower-case words joined by hyphens`, 'rename it, e.g. "east-kent-hr"');
  for (const field of ['name', 'description', 'servicesAsWritten'] as const) {
    if (!isNonEmptyString(record[field])) add(field, 'missing', `add the ${field === 'servicesAsWritten' ? "source's own words for what is shared" : field}`);
  }

  // Years and status.
  const startYear = record.startYear;
  const endYear = record.endYear;
  const yearRange = `${EARLIEST_YEAR}–${context.currentYear}`;
  if (startYear === undefined) add('startYear', 'missing', 'give the start year, or null when no source gives it');
  else if (startYear !== null && (!isYear(startYear) || startYear < EARLIEST_YEAR || startYear > context.currentYear)) {
    add('startYear', `${show(startYear)} is not a possible year`, `use a whole year in ${yearRange}, or null`);
  }
  if (endYear === undefined) add('endYear', 'missing', 'give the end year, or null while it runs or when unknown');
  else if (endYear !== null && (!isYear(endYear) || endYear < EARLIEST_YEAR || endYear > context.currentYear)) {
    add('endYear', `${show(endYear)} is not a possible year`, `use a whole year in ${yearRange}, or null`);
  }
  if (isYear(startYear) && isYear(endYear) && endYear < startYear) {
    add('endYear', `ends (${endYear}) before it starts (${startYear})`, 'check both years against the sources');
  }
  if (!STATUSES.has(record.status as string)) {
    add('status', `${show(record.status)} is not a status`, 'use "active", "ended" or "unknown"');
  } else if (isYear(endYear) && record.status !== 'ended') {
    add('status', `has an end year but status "${String(record.status)}"`, 'set status to "ended", or remove the end year');
  }

  // Councils.
  const councilCodes: string[] = [];
  if (!Array.isArray(record.councils) || record.councils.length < 2) {
    add('councils', 'needs at least two councils', 'list the GSS codes of every partner council');
  }
  const joinedLater = new Map<string, number>();
  if (Array.isArray(record.membershipChanges)) {
    for (const change of record.membershipChanges) {
      if (isObject(change) && typeof change.council === 'string' && isYear(change.joined)) {
        joinedLater.set(change.council, change.joined);
      }
    }
  }
  if (Array.isArray(record.councils)) {
    // Keyed by the council a code names, not the code as written: a former
    // code (Fife's S12000015 beside S12000047) or the same code in lower
    // case is the same council listed twice.
    const seenCodes = new Map<string, string>();
    record.councils.forEach((code, i) => {
      const field = `councils[${i}]`;
      if (typeof code !== 'string') {
        add(field, 'not a text code', 'write the GSS code in quotes, e.g. "E10000014"');
        return;
      }
      const council = context.councils.byGssCode(code);
      const key = council?.code ?? code;
      const first = seenCodes.get(key);
      if (first === code) add(field, `${code} is listed twice`, 'list each council once');
      else if (first !== undefined) add(field, `${code} is listed twice: ${first} is the same council (${council!.name})`, 'list each council once');
      else seenCodes.set(key, code);
      if (!council) {
        const looksLikeName = !GSS_PATTERN.test(code);
        const resolution = looksLikeName ? context.councils.resolve(code, isYear(startYear) ? startYear : null) : null;
        const closest = looksLikeName ? context.councils.closest(code).map((m) => m.council) : context.councils.closestCodes(code);
        const suggestion =
          resolution?.kind === 'resolved'
            ? `use ${describeCouncil(resolution.council.code, resolution.council.name)}`
            : `closest: ${closest.map((c) => describeCouncil(c.code, c.name)).join('; ')}`;
        add(
          field,
          looksLikeName ? `"${code}" is a name, not a GSS code` : `unknown council code ${code}`,
          `use the council's GSS code from the register; ${suggestion}`,
        );
        return;
      }
      councilCodes.push(council.code);
      const from = joinedLater.get(code) ?? (isYear(startYear) ? startYear : null);
      if (from != null && !councilExistsIn(council, from)) {
        const when = council.lastYear != null && from > council.lastYear ? `was abolished after ${council.lastYear}` : `was created in ${council.firstYear}`;
        const replacement = council.lastYear != null && from > council.lastYear && council.successors?.length ? `; its successor: ${council.successors.join(', ')}` : '';
        add(field, `${describeCouncil(council.code, council.name)} did not exist in ${from}: it ${when}`, `use the council that existed in ${from}${replacement}, or check the start year`);
      }
    });
  }

  if (record.lead !== undefined) {
    if (typeof record.lead !== 'string' || !Array.isArray(record.councils) || !record.councils.includes(record.lead)) {
      add('lead', `${show(record.lead)} is not one of the councils`, 'give the lead council\'s code as listed in councils, or leave lead out');
    }
  }

  // Services.
  if (!Array.isArray(record.services) || record.services.length === 0) {
    add('services', 'missing', `list at least one service area id: ${[...context.serviceIds].join(', ')}`);
  } else {
    record.services.forEach((service, i) => {
      if (typeof service !== 'string' || !context.serviceIds.has(service)) {
        add(`services[${i}]`, `unknown service ${show(service)}`, `use one of: ${[...context.serviceIds].join(', ')}`);
      }
    });
  }

  // Sources.
  const sourceCount = Array.isArray(record.sources) ? record.sources.length : 0;
  if (!Array.isArray(record.sources) || record.sources.length === 0) {
    add('sources', 'missing', 'add at least one source with title, publisher and an http(s) url');
  } else {
    record.sources.forEach((source, i) => {
      const field = `sources[${i}]`;
      if (!isObject(source)) {
        add(field, 'not an object', 'give { "title", "publisher", "date", "url" }');
        return;
      }
      if (!isHttpUrl(source.url)) add(`${field}.url`, `${show(source.url)} is not an http(s) address`, 'give the full address a reader can open, starting https:// or http://');
      if (!isNonEmptyString(source.title)) add(`${field}.title`, 'missing', 'give the title of the page or document');
      if (!isNonEmptyString(source.publisher)) add(`${field}.publisher`, 'missing', 'give who published it (the council, the newspaper …)');
      if (source.date !== undefined && !isSourceDate(source.date)) {
        add(`${field}.date`, `${show(source.date)} is not a date`, 'write it as YYYY-MM-DD, YYYY-MM or YYYY');
      }
      problems.push(...validatePassages(source, field, label, context.currentYear));
    });
  }

  // Savings.
  if (record.savings === undefined) add('savings', 'missing', 'give the savings, or null when no source gives a figure');
  else if (record.savings !== null) {
    problems.push(...validateSavings(record.savings, label, sourceCount));
    const savings = record.savings as Partial<SavingsRecord>;
    if (isObject(savings) && isNonEmptyString(savings.quote) && isYear(savings.source) && savings.source >= 0 && savings.source < sourceCount && !savingsBacked(record)) {
      add(
        `sources[${savings.source}].passages`,
        `no passage quotes the savings wording "${savings.quote}"`,
        'add the sentence of that source that contains the wording, exactly, as a passage backing "savings"; or set savings to null if no source you can read gives it',
      );
    }
  }

  // Membership changes.
  if (record.membershipChanges !== undefined) {
    if (!Array.isArray(record.membershipChanges)) {
      add('membershipChanges', 'not a list', 'give a list of { "council", "joined" or "left", "source" }');
    } else {
      record.membershipChanges.forEach((change, i) => {
        const field = `membershipChanges[${i}]`;
        if (!isObject(change)) return add(field, 'not an object', 'give { "council", "joined" or "left", "source" }');
        if (typeof change.council !== 'string' || !Array.isArray(record.councils) || !record.councils.includes(change.council)) {
          add(`${field}.council`, `${show(change.council)} is not one of the councils`, 'list the council in councils too');
        }
        if (change.joined === undefined && change.left === undefined) add(field, 'neither joined nor left', 'give the year it joined or left');
        for (const key of ['joined', 'left'] as const) {
          const value = change[key];
          if (value !== undefined && (!isYear(value) || value < EARLIEST_YEAR || value > context.currentYear)) {
            add(`${field}.${key}`, `${show(value)} is not a possible year`, `use a whole year in ${yearRange}`);
          }
        }
        if (!isYear(change.source) || change.source < 0 || change.source >= sourceCount) {
          add(`${field}.source`, `${show(change.source)} is not one of the sources`, `give the index (0 to ${Math.max(0, sourceCount - 1)}) of the source that says so`);
        }
        if (change.note !== undefined && typeof change.note !== 'string') add(`${field}.note`, `${show(change.note)} is not text`, 'write the note as one "…" string, or leave it out');
      });
    }
  }

  // Notes: text, when given. The partnership panel shows them as they are,
  // and React cannot draw an object as text: {} there would stop the panel.
  if (record.notes !== undefined && typeof record.notes !== 'string') add('notes', `${show(record.notes)} is not text`, 'write the notes as one "…" string, or leave notes out');
  return problems;
}

/** A source's passages and the day they were checked: quoted text, one line each, backing named claims. */
function validatePassages(source: Json, field: string, label: string, currentYear: number): Problem[] {
  const problems: Problem[] = [];
  const add = (at: string, message: string, fix: string) => problems.push({ record: label, field: `${field}.${at}`, message, fix });
  if (source.checked !== undefined) {
    if (typeof source.checked !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(source.checked) || !isSourceDate(source.checked)) {
      add('checked', `${show(source.checked)} is not a day`, 'write the day you read the source as YYYY-MM-DD');
    } else if (Number(source.checked.slice(0, 4)) > currentYear) {
      add('checked', `${source.checked} is in the future`, 'write the day you read the source');
    }
  }
  if (source.passages === undefined) return problems;
  if (!Array.isArray(source.passages)) {
    add('passages', 'not a list', 'give a list of { "text": "…", "supports": ["councils", …] }');
    return problems;
  }
  if (source.passages.length === 0) add('passages', 'an empty list', 'quote at least one passage, or leave passages out');
  if (source.checked === undefined) add('checked', 'missing: the source has passages', 'write the day you read the source and checked its passages, as YYYY-MM-DD');
  source.passages.forEach((passage, i) => {
    const at = `passages[${i}]`;
    if (!isObject(passage)) return add(at, 'not an object', 'give { "text": "…", "supports": ["councils", …] }');
    if (!isNonEmptyString(passage.text)) add(`${at}.text`, 'missing', 'quote the sentence of the source exactly');
    else if (/[\r\n]/.test(passage.text)) add(`${at}.text`, 'has a line break', 'write the passage on one line: join its lines with a space');
    else if (passage.text.length > MAX_PASSAGE) add(`${at}.text`, `is ${passage.text.length} characters long`, `quote a sentence or two (at most ${MAX_PASSAGE} characters): the words that back the claim`);
    if (!Array.isArray(passage.supports) || passage.supports.length === 0) {
      add(`${at}.supports`, 'missing', `list the claims it backs: ${CLAIMS.join(', ')}`);
      return;
    }
    const seen = new Set<unknown>();
    passage.supports.forEach((claim, j) => {
      if (typeof claim !== 'string' || !CLAIM_NAMES.has(claim)) add(`${at}.supports[${j}]`, `${show(claim)} is not a claim`, `use one of: ${CLAIMS.join(', ')}`);
      else if (seen.has(claim)) add(`${at}.supports[${j}]`, `"${claim}" is listed twice`, 'list each claim once');
      seen.add(claim);
    });
  });
  return problems;
}

function validateSavings(savings: unknown, label: string, sourceCount: number): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, message: string, fix: string) => problems.push({ record: label, field: `savings.${field}`, message, fix });
  if (!isObject(savings)) {
    add('(value)', 'not an object', 'give { "quote", "source", "kind", "low", "high" }, or null');
    return problems;
  }
  const s = savings as Partial<SavingsRecord> & Json;
  if (!isNonEmptyString(s.quote)) add('quote', 'missing', 'quote the savings wording exactly as the source gives it');
  if (!isYear(s.source) || s.source < 0 || s.source >= sourceCount) {
    add('source', `${show(s.source)} is not one of the sources`, `give the index (0 to ${Math.max(0, sourceCount - 1)}) of the source of the quote`);
  }
  if (!SAVINGS_KINDS.has(s.kind as string)) add('kind', `${show(s.kind)} is not a kind`, 'use "annual", "period", "cumulative" or "unclear"');
  for (const key of ['low', 'high'] as const) {
    const value = s[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) add(key, 'missing or not a number', 'give the figure in pounds, e.g. 1500000');
    else if (value < 0) add(key, `negative (${value})`, 'give savings as positive pounds');
    // The LGA's map summed £1.34bn for all 626 partnerships in 2019: a figure of
    // £10bn or more for one is a slip of the keyboard, and would overflow estimates.
    else if (value >= MAX_SAVINGS) add(key, `${value} is £10bn or more`, 'check the figure: give it in pounds, e.g. 1500000 for £1.5m');
  }
  if (typeof s.low === 'number' && typeof s.high === 'number' && s.low > s.high) {
    add('low', `low (${s.low}) is above high (${s.high})`, 'swap them, or check the quote');
  }
  // Years: a finite number above 0 whenever given, and given for a period
  // or cumulative figure. (Infinity, which "years": 1e999 in a file parses
  // to, passed, and spread the figure to £0 a year.)
  const needsYears = s.kind === 'period' || s.kind === 'cumulative';
  if (!(typeof s.years === 'number' && Number.isFinite(s.years) && s.years > 0)) {
    if (s.years === undefined && needsYears) add('years', `a ${s.kind} figure needs the number of years it covers`, 'give years, e.g. 3 for "over three years"');
    else if (s.years !== undefined) add('years', `${show(s.years)} is not a number of years`, needsYears ? 'give years, e.g. 3 for "over three years"' : 'give the years the figure covers, e.g. 3, or leave years out');
  }
  if (s.scope !== undefined && !SAVINGS_SCOPES.has(s.scope as string)) add('scope', `${show(s.scope)} is not a scope`, 'use "partnership", "each-partner" or "some-partners"');
  if (s.qualifier !== undefined && !SAVINGS_QUALIFIERS.has(s.qualifier as string)) add('qualifier', `${show(s.qualifier)} is not a qualifier`, 'use "about", "at-least" or "up-to", or leave it out');
  if (s.target !== undefined && typeof s.target !== 'boolean') add('target', 'not true or false', 'true for an aim or projection, false (or absent) for a saving reported as made');
  return problems;
}
