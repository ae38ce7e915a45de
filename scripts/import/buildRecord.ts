import { foldText, normaliseName } from '../../src/shared/councilNameForms';
import type { ServiceMatcher } from '../../src/shared/matchServices';
import type { PartnershipRecord, PartnershipStatus } from '../../src/shared/types';
import { readStatus, readYear } from './cellReaders';
import type { ImportContext } from './importTable';
import { readChangeLines, readMembershipChanges, type ParsedChange } from './membershipChanges';
import { readSavings } from './readSavings';
import { readSources } from './readSources';
import { notPartner, resolveCouncil, type RowCouncil } from './resolveCouncil';
import type { RowReader } from './rowReader';

// One row → one partnership record, every cell read as the README
// ("Keeping the data up to date in a spreadsheet") describes.

/** The id a name gives: lower-case words joined by hyphens. */
export function idFromName(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The councils cell: names or codes separated by ";" or line breaks (or by commas, when the whole is not one name). */
function councilItems(reader: RowReader, context: ImportContext, startYear: number | null): string[] {
  const items = reader
    .cell('councils')
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 1 && items[0]!.includes(',')) {
    const whole = context.councils.resolve(items[0]!, startYear);
    if (whole.kind !== 'resolved') {
      items.splice(0, 1, ...items[0]!.split(',').map((s) => s.trim()).filter(Boolean));
      reader.note('councils', 'councils separated by commas: read them one by one (separate them with ";" to be sure)');
    }
  }
  return items;
}

/** The row's councils, each named as it was in the start year, or the year it joined. */
function readCouncils(reader: RowReader, context: ImportContext, startYear: number | null, changes: readonly ParsedChange[]): RowCouncil[] {
  const items = councilItems(reader, context, startYear);
  const joinedYear = (text: string) => changes.find((c) => c.joined !== undefined && normaliseName(c.text) === normaliseName(text))?.joined;
  // The councils the row names clearly, to put the candidates of an unclear one in order.
  const clear = items.flatMap((text) => {
    const result = context.councils.resolve(text, joinedYear(text) ?? startYear);
    return result.kind === 'resolved' ? [result.council.code] : [];
  });
  const councils: RowCouncil[] = [];
  for (const text of items) {
    const code = resolveCouncil(reader, 'councils', text, joinedYear(text) ?? startYear, [], clear);
    if (code) councils.push({ text, code });
  }
  return councils;
}

/** The service areas, by the ids or words of data/services.json. */
function readServices(reader: RowReader, matcher: ServiceMatcher): { ids: string[]; asWritten: string } {
  const servicesText = reader.cell('services');
  const services = matcher.match(servicesText);
  if (servicesText && services.ids.length === 0) {
    reader.error('services', `no service area recognised in "${servicesText}": use the ids or words of data/services.json (e.g. ict, legal, revs and bens)`);
  } else if (services.unmatched.length) {
    reader.note('services', `not a service area, left out of services: ${services.unmatched.map((w) => `"${w}"`).join(', ')}`);
  }
  return { ids: services.ids, asWritten: reader.cell('servicesAsWritten') || servicesText };
}

/** The record a row gives; the reader holds the errors that leave it out and the notes. */
export function buildRecord(reader: RowReader, context: ImportContext, matcher: ServiceMatcher): PartnershipRecord {
  const name = reader.cell('name');
  const startYear = reader.take('startYear', readYear(reader.cell('startYear')), null);
  const endYear = reader.take('endYear', readYear(reader.cell('endYear')), null);
  const status = reader.take('status', readStatus(reader.cell('status'), endYear), 'unknown' as PartnershipStatus);
  // Membership changes first: a council that joined later is named as it was when it joined.
  const changes = readChangeLines(reader);
  const councils = readCouncils(reader, context, startYear, changes);
  const leadText = reader.cell('lead');
  const lead = leadText ? resolveCouncil(reader, 'lead', leadText, startYear, councils) : undefined;
  if (lead && councils.length && !councils.some((c) => c.code === lead)) notPartner(reader, 'lead', leadText, lead);
  const services = readServices(reader, matcher);
  const sources = readSources(reader);
  const savings = readSavings(reader, sources.length);
  // Membership changes, now the councils are known.
  const membershipChanges = readMembershipChanges(reader, changes, councils, startYear);

  const record: PartnershipRecord = {
    id: reader.cell('id') || idFromName(name),
    name,
    councils: councils.map((c) => c.code),
    ...(lead ? { lead } : {}),
    services: services.ids,
    servicesAsWritten: services.asWritten,
    startYear,
    endYear,
    status,
    description: reader.cell('description'),
    savings,
    sources,
  };
  if (membershipChanges.length) record.membershipChanges = membershipChanges;
  const notes = reader.cell('notes');
  if (notes) record.notes = notes;
  return record;
}
