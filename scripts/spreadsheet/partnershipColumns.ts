// The columns of the partnership spreadsheet, shared by the import, the
// export, the template and the README ("Keeping the data up to date in a spreadsheet"). Headers are matched with
// case, spacing and punctuation ignored ("Source URL(s)", "source_urls" and
// "SOURCE URLS" are one column), and each column accepts a few other names
// people give it.

export type ColumnKey =
  | 'name'
  | 'id'
  | 'councils'
  | 'lead'
  | 'services'
  | 'servicesAsWritten'
  | 'startYear'
  | 'endYear'
  | 'status'
  | 'description'
  | 'savings'
  | 'savingsKind'
  | 'savingsLow'
  | 'savingsHigh'
  | 'savingsYears'
  | 'savingsTarget'
  | 'savingsScope'
  | 'savingsQualifier'
  | 'savingsSource'
  | 'sourceUrls'
  | 'sourceTitles'
  | 'sourcePublishers'
  | 'sourceDates'
  | 'sourceChecked'
  | 'sourcePassages'
  | 'membershipChanges'
  | 'notes';

export interface Column {
  key: ColumnKey;
  /** The header the export and the template write. */
  header: string;
  /** Other headers the import accepts. */
  aliases: string[];
  /** The import cannot do without it. */
  required?: boolean;
}

/** In the order the export writes them. */
export const COLUMNS: readonly Column[] = [
  { key: 'name', header: 'name', aliases: ['partnership', 'partnership name'], required: true },
  { key: 'id', header: 'id', aliases: ['identifier', 'slug'] },
  { key: 'councils', header: 'councils', aliases: ['council', 'partners', 'partner councils', 'member councils', 'members', 'authorities', 'councils involved'], required: true },
  { key: 'lead', header: 'lead council', aliases: ['lead', 'host', 'host council', 'lead authority', 'host authority'] },
  { key: 'services', header: 'services', aliases: ['service', 'service areas', 'services shared'], required: true },
  { key: 'servicesAsWritten', header: 'services as written', aliases: ['services in the source', 'services wording', 'what is shared'] },
  { key: 'startYear', header: 'start year', aliases: ['start', 'started', 'year started'] },
  { key: 'endYear', header: 'end year', aliases: ['end', 'ended', 'year ended'] },
  { key: 'status', header: 'status', aliases: ['state'] },
  { key: 'description', header: 'description', aliases: ['summary'], required: true },
  { key: 'savings', header: 'savings', aliases: ['savings quote', 'savings as quoted', 'savings wording', 'savings claimed', 'savings (as quoted)'] },
  { key: 'savingsKind', header: 'savings kind', aliases: ['savings type'] },
  { key: 'savingsLow', header: 'savings low', aliases: ['savings from', 'savings minimum'] },
  { key: 'savingsHigh', header: 'savings high', aliases: ['savings to', 'savings maximum'] },
  { key: 'savingsYears', header: 'savings years', aliases: ['savings period', 'savings period years'] },
  { key: 'savingsTarget', header: 'savings target', aliases: ['savings is a target'] },
  { key: 'savingsScope', header: 'savings scope', aliases: ['savings for'] },
  { key: 'savingsQualifier', header: 'savings qualifier', aliases: [] },
  { key: 'savingsSource', header: 'savings source', aliases: ['savings source number'] },
  { key: 'sourceUrls', header: 'source URLs', aliases: ['source url', 'source urls', 'sources', 'source', 'url', 'urls', 'links', 'source links', 'web addresses'], required: true },
  { key: 'sourceTitles', header: 'source titles', aliases: ['source title'] },
  { key: 'sourcePublishers', header: 'source publishers', aliases: ['source publisher', 'publisher', 'publishers'] },
  { key: 'sourceDates', header: 'source dates', aliases: ['source date'] },
  { key: 'sourceChecked', header: 'source checked', aliases: ['checked', 'date checked', 'source checked on', 'checked on'] },
  { key: 'sourcePassages', header: 'source passages', aliases: ['passages', 'source passage', 'passage', 'quotes', 'source quotes', 'supporting passages'] },
  { key: 'membershipChanges', header: 'membership changes', aliases: ['membership', 'joined or left', 'changes of members'] },
  { key: 'notes', header: 'notes', aliases: ['note', 'notes for reviewers'] },
];

/** The savings structure columns: when any is filled in, they say the structure and the wording is not read. */
export const SAVINGS_STRUCTURE: readonly ColumnKey[] = ['savingsKind', 'savingsLow', 'savingsHigh', 'savingsYears', 'savingsTarget', 'savingsScope', 'savingsQualifier'];

export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/\(s\)/g, 's')
    .replace(/[^a-z0-9]+/g, '');
}

const BY_HEADER = new Map<string, Column>();
for (const column of COLUMNS) {
  for (const name of [column.header, column.key, ...column.aliases]) BY_HEADER.set(headerKey(name), column);
}

export interface HeaderMap {
  /** Column key → position in the row. */
  positions: Partial<Record<ColumnKey, number>>;
  /** Headers that name no column, ignored. */
  unknown: string[];
  /** Columns named twice, by their headers. */
  duplicates: string[];
  /** Required columns not found. */
  missing: Column[];
}

/** Which column each header is. */
export function mapHeader(header: readonly string[]): HeaderMap {
  const positions: HeaderMap['positions'] = {};
  const unknown: string[] = [];
  const duplicates: string[] = [];
  header.forEach((text, i) => {
    if (!text.trim()) return;
    const column = BY_HEADER.get(headerKey(text));
    if (!column) unknown.push(text);
    else if (positions[column.key] !== undefined) duplicates.push(`"${header[positions[column.key]!]}" and "${text}" (both ${column.header})`);
    else positions[column.key] = i;
  });
  const missing = COLUMNS.filter((c) => c.required && positions[c.key] === undefined);
  return { positions, unknown, duplicates, missing };
}

export function columnHeader(key: ColumnKey): string {
  return COLUMNS.find((c) => c.key === key)!.header;
}
