import type { CouncilNameIndex } from '../../src/shared/councilNames';
import { normaliseName } from '../../src/shared/councilNameForms';
import type { Council } from '../../src/shared/types';
import type { ColumnKey } from '../spreadsheet/partnershipColumns';
import type { RowReader } from './rowReader';

// How a spreadsheet's council name (or GSS code) is resolved to one council
// of the register: by code, by the names people write, by the year, or among
// the row's own councils; a name that fits more than one council, or none,
// is an error that says what to write, never a guess.

/** A council the row names, as written and as resolved. */
export interface RowCouncil {
  text: string;
  code: string;
}

const GSS_PATTERN = /^[ENSWK]\d{8}$/i;

/** A council as a report shows it: code, name and the years it existed. */
export function describeCouncil(council: Council): string {
  const years =
    council.firstYear != null && council.lastYear != null
      ? ` (${council.firstYear}–${council.lastYear})`
      : council.firstYear != null
        ? ` (from ${council.firstYear})`
        : council.lastYear != null
          ? ` (until ${council.lastYear})`
          : '';
  return `${council.code} ${council.name}${years}`;
}

/** "A", "A or B", "A, B or C". */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/**
 * The candidates of an ambiguous name, those near the row's other councils
 * first: in the same county (or its county, or its districts), then the
 * same region, then by name. Only the order: the person still chooses.
 */
export function orderByNeighbours(candidates: readonly Council[], neighbours: readonly string[], index: CouncilNameIndex): Council[] {
  const near = neighbours.map((code) => index.byGssCode(code)).filter((c): c is Council => c != null);
  const countiesOf = (c: Council) => new Set([c.code, ...(c.counties ?? []).map((link) => link.county)]);
  const nearCounties = new Set(near.flatMap((c) => [...countiesOf(c)]));
  const nearRegions = new Set(near.map((c) => c.region));
  const rank = (c: Council) => ([...countiesOf(c)].some((county) => nearCounties.has(county)) ? 0 : nearRegions.has(c.region) ? 1 : 2);
  return [...candidates].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/**
 * A council name or code to its code, or undefined after reporting why
 * not. `within`: the row's councils, one of which a lead or a membership
 * change must be. `neighbours`: codes of the row's other councils, which
 * put the candidates of an ambiguous name in order (same county, then
 * region, first), never choose one.
 */
export function resolveCouncil(
reader: RowReader,
key: ColumnKey,
text: string,
year: number | null,
within: readonly { text: string; code: string }[] = [],
neighbours: readonly string[] = [],
): string | undefined {
  const index = reader.context.councils;
  const same = within.find((c) => normaliseName(c.text) === normaliseName(text));
  if (same) return same.code;
  if (GSS_PATTERN.test(text) || index.byGssCode(text)) {
    reader.councilTally.codes++;
    const council = index.byGssCode(text);
    if (!council) {
      const closest = index.closestCodes(text).map(describeCouncil).join('; ');
      reader.error(key, `${text} is not a council code in the register${closest ? `; nearest codes: ${closest}` : ''}`);
      return undefined;
    }
    reader.councilTally.codesResolved++;
    // Keep a former code as written (Fife's S12000015), like the records do.
    const upper = text.toUpperCase();
    return council.formerCodes?.includes(upper) ? upper : council.code;
  }
  reader.councilTally.names++;
  const result = index.resolve(text, year);
  if (result.kind === 'resolved') {
    reader.councilTally.namesResolved++;
    const council = result.council;
    const plain = [council.name, council.shortName].map(normaliseName);
    if (!plain.includes(normaliseName(text))) reader.note(key, `read "${text}" as ${describeCouncil(council)}`);
    return council.code;
  }
  if (result.kind === 'ambiguous') {
    const inRow = result.candidates.filter((c) => within.some((w) => w.code === c.code));
    if (inRow.length === 1) {
      reader.councilTally.namesResolved++;
      reader.note(key, `read "${text}" as ${describeCouncil(inRow[0]!)}, the one among the row's councils`);
      return inRow[0]!.code;
    }
    const when = year == null ? ', or give the start year' : '';
    const candidates = orderByNeighbours(result.candidates, neighbours, index);
    // A name that reads back as that council alone; where none does (Buckinghamshire Council with no year), its code.
    const names = candidates.map((c) => index.unambiguousName(c, year) ?? `${c.code} (${c.name})`);
    reader.error(
      key,
      `"${text}" matches more than one council${year != null ? ` in ${year}` : ''}: ${candidates.map(describeCouncil).join('; ')}. Write ${orList(names)}, or use the GSS code${when}`,
    );
    return undefined;
  }
  const closest = result.closest.map((m) => describeCouncil(m.council)).join('; ');
  reader.error(key, `"${text}" is not a council we know${closest ? `; closest: ${closest}` : ''}`);
  return undefined;
}

/** An error for a lead or a change naming a council that is not a partner. */
export function notPartner(reader: RowReader, key: ColumnKey, text: string, code: string): void {
  const council = reader.context.councils.byGssCode(code);
  reader.error(key, `"${text}" (${council ? describeCouncil(council) : code}) is not one of the councils: add it to councils, or correct it`);
}
