import { isDay, isObject, isSourceDate, isText, oneOf, show, within, type Json, type Report } from './fieldChecks';
import { linkableUrl } from './safeUrl';
import { CLAIMS } from './types';

// The checks of a partnership record's sources (validatePartnerships.ts
// checks the rest): each an address a reader can open, with a title and a
// publisher, and passages quoted from it that back the record's claims.

// A passage is a sentence or two: enough to back a claim, short enough to quote.
const MAX_PASSAGE = 600;
const isClaim = oneOf(CLAIMS);
const PASSAGE_FORM = '{ "text": "…", "supports": ["councils", …] }';

/** An address a source may give: one the app will link to (http or https), on a named host. */
export function isHttpUrl(value: unknown): boolean {
  const href = typeof value === 'string' ? linkableUrl(value) : null;
  return href != null && new URL(href).hostname.includes('.');
}

/** The record's sources: a list of at least one, each a source. */
export function validateSources(sources: unknown, report: Report, currentYear: number): void {
  if (!Array.isArray(sources) || sources.length === 0) {
    report('sources', 'missing', 'add at least one source with title, publisher and an http(s) url');
    return;
  }
  sources.forEach((source, i) => {
    const field = `sources[${i}]`;
    if (!isObject(source)) {
      report(field, 'not an object', 'give { "title", "publisher", "date", "url" }');
      return;
    }
    const at = within(report, field);
    if (!isHttpUrl(source.url)) at('url', `${show(source.url)} is not an http(s) address`, 'give the full address a reader can open, starting https:// or http://');
    if (!isText(source.title)) at('title', 'missing', 'give the title of the page or document');
    if (!isText(source.publisher)) at('publisher', 'missing', 'give who published it (the council, the newspaper …)');
    if (source.date !== undefined && !isSourceDate(source.date)) at('date', `${show(source.date)} is not a date`, 'write it as YYYY-MM-DD, YYYY-MM or YYYY');
    validatePassages(source, at, currentYear);
  });
}

/** A source's passages and the day they were checked: quoted text, one line each, backing named claims. */
function validatePassages(source: Json, report: Report, currentYear: number): void {
  if (source.checked !== undefined) {
    if (!isDay(source.checked)) report('checked', `${show(source.checked)} is not a day`, 'write the day you read the source as YYYY-MM-DD');
    else if (Number(source.checked.slice(0, 4)) > currentYear) report('checked', `${source.checked} is in the future`, 'write the day you read the source');
  }
  if (source.passages === undefined) return;
  if (!Array.isArray(source.passages)) {
    report('passages', 'not a list', `give a list of ${PASSAGE_FORM}`);
    return;
  }
  if (source.passages.length === 0) report('passages', 'an empty list', 'quote at least one passage, or leave passages out');
  if (source.checked === undefined) report('checked', 'missing: the source has passages', 'write the day you read the source and checked its passages, as YYYY-MM-DD');
  source.passages.forEach((passage, i) => validatePassage(passage, `passages[${i}]`, report));
}

function validatePassage(passage: unknown, field: string, report: Report): void {
  if (!isObject(passage)) return report(field, 'not an object', `give ${PASSAGE_FORM}`);
  const at = within(report, field);
  if (!isText(passage.text)) at('text', 'missing', 'quote the sentence of the source exactly');
  else if (/[\r\n]/.test(passage.text)) at('text', 'has a line break', 'write the passage on one line: join its lines with a space');
  else if (passage.text.length > MAX_PASSAGE) at('text', `is ${passage.text.length} characters long`, `quote a sentence or two (at most ${MAX_PASSAGE} characters): the words that back the claim`);
  if (!Array.isArray(passage.supports) || passage.supports.length === 0) {
    at('supports', 'missing', `list the claims it backs: ${CLAIMS.join(', ')}`);
    return;
  }
  const seen = new Set<unknown>();
  passage.supports.forEach((claim, j) => {
    if (!isClaim(claim)) at(`supports[${j}]`, `${show(claim)} is not a claim`, `use one of: ${CLAIMS.join(', ')}`);
    else if (seen.has(claim)) at(`supports[${j}]`, `"${claim}" is listed twice`, 'list each claim once');
    seen.add(claim);
  });
}
