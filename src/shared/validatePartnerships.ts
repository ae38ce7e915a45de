import type { CouncilNameIndex } from './councilNames';
import { councilExistsIn } from './councilYears';
import { indexInto, isObject, isString, isText, isWholeNumber, oneOf, optional, quotedChoices, show, wholeNumberIn, within, type Json, type Report } from './fieldChecks';
import { PARTNERSHIP_STATUSES, type Council } from './types';
import { validateSavings, validateSavingsQuoted } from './validateSavings';
import { validateSources } from './validateSources';

// Every check a partnership record must pass, shared by `npm run data`,
// `npm run data:check` and the import. It reports every problem it finds,
// each with the record, the field and what to do, rather than stopping at
// the first. The sources and the savings have their own files
// (validateSources.ts, validateSavings.ts); the field checks are those the
// app's checks of the bundled data use too (fieldChecks.ts).

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
const GSS_PATTERN = /^[ENSW]\d{8}$/;
const isStatus = oneOf(PARTNERSHIP_STATUSES);
const CHANGE_FORM = '{ "council", "joined" or "left", "source" }';

/** What a record's checks share: where to report, and the years a partnership can have. */
interface RecordCheck {
  record: Json;
  report: Report;
  context: ValidationContext;
  isPossibleYear: (value: unknown) => boolean;
  yearRange: string;
}

function describeCouncil(code: string, name: string): string {
  return `${code} ${name}`;
}

/** Validate a list of records (or anything that should be one). */
export function validatePartnerships(input: unknown, context: ValidationContext): Problem[] {
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
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  input.forEach((record, index) => {
    const id = isObject(record) && isText(record.id) ? record.id : null;
    const label = id ?? `#${index + 1}`;
    if (id !== null) {
      const first = seen.get(id);
      if (first !== undefined) problems.push({ record: label, field: 'id', message: `duplicate id (also record #${first + 1})`, fix: 'give each partnership its own id' });
      else seen.set(id, index);
    }
    problems.push(...validateRecord(record, label, context));
  });
  return problems;
}

export function validateRecord(record: unknown, label: string, context: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (field, message, fix) => problems.push({ record: label, field, message, fix });
  if (!isObject(record)) {
    report('(record)', 'not an object', 'each partnership is a { … } object with the fields of the README');
    return problems;
  }
  const check: RecordCheck = {
    record,
    report,
    context,
    isPossibleYear: wholeNumberIn(EARLIEST_YEAR, context.currentYear),
    yearRange: `${EARLIEST_YEAR}–${context.currentYear}`,
  };
  validateText(check);
  validateYearsAndStatus(check);
  validateCouncils(check);
  validateLead(check);
  validateServices(check);
  validateSources(record.sources, report, context.currentYear);
  const sourceCount = Array.isArray(record.sources) ? record.sources.length : 0;
  if (record.savings === undefined) report('savings', 'missing', 'give the savings, or null when no source gives a figure');
  else if (record.savings !== null) {
    validateSavings(record.savings, within(report, 'savings'), sourceCount);
    validateSavingsQuoted(record, report, sourceCount);
  }
  validateMembershipChanges(check, sourceCount);
  // Notes: text, when given. The partnership panel shows them as they are,
  // and React cannot draw an object as text: {} there would stop the panel.
  if (!optional(isString)(record.notes)) report('notes', `${show(record.notes)} is not text`, 'write the notes as one "…" string, or leave notes out');
  return problems;
}

/** The id and the required text fields. */
function validateText({ record, report }: RecordCheck): void {
  if (!isText(record.id)) report('id', 'missing', 'add an id: lower-case words joined by hyphens');
  else if (!ID_PATTERN.test(record.id)) report('id', `"${record.id}" is not lower-case words joined by hyphens`, 'rename it, e.g. "east-kent-hr"');
  for (const field of ['name', 'description', 'servicesAsWritten'] as const) {
    if (!isText(record[field])) report(field, 'missing', `add the ${field === 'servicesAsWritten' ? "source's own words for what is shared" : field}`);
  }
}

function validateYearsAndStatus({ record, report, isPossibleYear, yearRange }: RecordCheck): void {
  const { startYear, endYear, status } = record;
  if (startYear === undefined) report('startYear', 'missing', 'give the start year, or null when no source gives it');
  else if (startYear !== null && !isPossibleYear(startYear)) report('startYear', `${show(startYear)} is not a possible year`, `use a whole year in ${yearRange}, or null`);
  if (endYear === undefined) report('endYear', 'missing', 'give the end year, or null while it runs or when unknown');
  else if (endYear !== null && !isPossibleYear(endYear)) report('endYear', `${show(endYear)} is not a possible year`, `use a whole year in ${yearRange}, or null`);
  if (isWholeNumber(startYear) && isWholeNumber(endYear) && endYear < startYear) {
    report('endYear', `ends (${endYear}) before it starts (${startYear})`, 'check both years against the sources');
  }
  if (!isStatus(status)) report('status', `${show(status)} is not a status`, `use ${quotedChoices(PARTNERSHIP_STATUSES)}`);
  else if (isWholeNumber(endYear) && status !== 'ended') report('status', `has an end year but status "${status}"`, 'set status to "ended", or remove the end year');
}

/** The year each council joined, where a membership change says it joined after the start. */
function joinedYears(record: Json): Map<string, number> {
  const joined = new Map<string, number>();
  if (!Array.isArray(record.membershipChanges)) return joined;
  for (const change of record.membershipChanges) {
    if (isObject(change) && isString(change.council) && isWholeNumber(change.joined)) joined.set(change.council, change.joined);
  }
  return joined;
}

function validateCouncils({ record, report, context }: RecordCheck): void {
  if (!Array.isArray(record.councils) || record.councils.length < 2) {
    report('councils', 'needs at least two councils', 'list the GSS codes of every partner council');
  }
  if (!Array.isArray(record.councils)) return;
  const startYear = isWholeNumber(record.startYear) ? record.startYear : null;
  const joinedLater = joinedYears(record);
  // Keyed by the council a code names, not the code as written: a former
  // code (Fife's S12000015 beside S12000047) or the same code in lower
  // case is the same council listed twice.
  const seenCodes = new Map<string, string>();
  record.councils.forEach((code: unknown, i) => {
    const field = `councils[${i}]`;
    if (!isString(code)) return report(field, 'not a text code', 'write the GSS code in quotes, e.g. "E10000014"');
    const council = context.councils.byGssCode(code);
    const key = council?.code ?? code;
    const first = seenCodes.get(key);
    if (first === code) report(field, `${code} is listed twice`, 'list each council once');
    else if (first !== undefined) report(field, `${code} is listed twice: ${first} is the same council (${council!.name})`, 'list each council once');
    else seenCodes.set(key, code);
    if (!council) return reportUnknownCouncil(code, field, startYear, report, context.councils);
    const from = joinedLater.get(code) ?? startYear;
    if (from != null && !councilExistsIn(council, from)) reportCouncilNotThen(council, from, field, report);
  });
}

/** A code the register does not have, or a name written for a code: what it may have meant. */
function reportUnknownCouncil(code: string, field: string, year: number | null, report: Report, councils: CouncilNameIndex): void {
  const looksLikeName = !GSS_PATTERN.test(code);
  const resolution = looksLikeName ? councils.resolve(code, year) : null;
  const closest = looksLikeName ? councils.closest(code).map((m) => m.council) : councils.closestCodes(code);
  const suggestion =
    resolution?.kind === 'resolved'
      ? `use ${describeCouncil(resolution.council.code, resolution.council.name)}`
      : `closest: ${closest.map((c) => describeCouncil(c.code, c.name)).join('; ')}`;
  report(field, looksLikeName ? `"${code}" is a name, not a GSS code` : `unknown council code ${code}`, `use the council's GSS code from the register; ${suggestion}`);
}

/** A council that did not exist in the year it is said to have been a partner. */
function reportCouncilNotThen(council: Council, year: number, field: string, report: Report): void {
  const abolished = council.lastYear != null && year > council.lastYear;
  const when = abolished ? `was abolished after ${council.lastYear}` : `was created in ${council.firstYear}`;
  const replacement = abolished && council.successors?.length ? `; its successor: ${council.successors.join(', ')}` : '';
  report(field, `${describeCouncil(council.code, council.name)} did not exist in ${year}: it ${when}`, `use the council that existed in ${year}${replacement}, or check the start year`);
}

/** Is the value one of the record's councils, as listed? */
function isListedCouncil(record: Json, value: unknown): boolean {
  return isString(value) && Array.isArray(record.councils) && record.councils.includes(value);
}

function validateLead({ record, report }: RecordCheck): void {
  if (record.lead !== undefined && !isListedCouncil(record, record.lead)) {
    report('lead', `${show(record.lead)} is not one of the councils`, "give the lead council's code as listed in councils, or leave lead out");
  }
}

function validateServices({ record, report, context }: RecordCheck): void {
  const known = [...context.serviceIds].join(', ');
  if (!Array.isArray(record.services) || record.services.length === 0) {
    report('services', 'missing', `list at least one service area id: ${known}`);
    return;
  }
  record.services.forEach((service: unknown, i) => {
    if (!isString(service) || !context.serviceIds.has(service)) report(`services[${i}]`, `unknown service ${show(service)}`, `use one of: ${known}`);
  });
}

function validateMembershipChanges({ record, report, isPossibleYear, yearRange }: RecordCheck, sourceCount: number): void {
  const changes = record.membershipChanges;
  if (changes === undefined) return;
  if (!Array.isArray(changes)) return report('membershipChanges', 'not a list', `give a list of ${CHANGE_FORM}`);
  changes.forEach((change: unknown, i) => {
    const field = `membershipChanges[${i}]`;
    if (!isObject(change)) return report(field, 'not an object', `give ${CHANGE_FORM}`);
    const at = within(report, field);
    if (!isListedCouncil(record, change.council)) at('council', `${show(change.council)} is not one of the councils`, 'list the council in councils too');
    if (change.joined === undefined && change.left === undefined) report(field, 'neither joined nor left', 'give the year it joined or left');
    for (const key of ['joined', 'left'] as const) {
      const value = change[key];
      if (value !== undefined && !isPossibleYear(value)) at(key, `${show(value)} is not a possible year`, `use a whole year in ${yearRange}`);
    }
    if (!indexInto(sourceCount)(change.source)) {
      at('source', `${show(change.source)} is not one of the sources`, `give the index (0 to ${Math.max(0, sourceCount - 1)}) of the source that says so`);
    }
    if (!optional(isString)(change.note)) at('note', `${show(change.note)} is not text`, 'write the note as one "…" string, or leave it out');
  });
}
