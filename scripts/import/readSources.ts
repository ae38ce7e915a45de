import { CLAIMS, type Claim, type Passage, type SourceRef } from '../../src/shared/types';
import type { ColumnKey } from '../spreadsheet/partnershipColumns';
import { BLANK, hostOf, readDate, splitParallel, splitUrls, type Read } from './cellReaders';
import type { RowReader } from './rowReader';

// A row's sources: the web addresses, with their titles, publishers, dates
// and the passages quoted from them, one per address.

/** The words a sheet may use for each claim a passage backs; the export writes the first. */
const CLAIM_WORDS: Record<string, Claim> = Object.assign(Object.create(null) as Record<string, Claim>, {
  ...Object.fromEntries(CLAIMS.map((claim) => [claim, claim])),
  partners: 'councils',
  'partner councils': 'councils',
  'what is shared': 'services',
  'start year': 'start',
  started: 'start',
  'end year': 'end',
  ended: 'end',
  'lead council': 'lead',
  'joined or left': 'membership',
  'membership changes': 'membership',
});

const PASSAGE_LINE = /^(?:source\s*)?#?\s*(\d+)\s*\[([^\]]*)\]\s*:\s*(.*)$/i;

/** "2 [councils, start]: the passage" — the source (from 1), the claims it backs, the quoted words. */
export function readPassageLine(line: string, sourceCount: number): Read<{ source: number; passage: Passage }> {
  const match = PASSAGE_LINE.exec(line.trim());
  const form = 'write "SOURCE [CLAIMS]: passage", e.g. "1 [councils, services]: The three councils agreed …"';
  if (!match) return { error: `"${line.trim()}" is not a passage: ${form}` };
  const source = Number(match[1]) - 1;
  if (source < 0 || source >= sourceCount) return { error: `passage of source ${match[1]}, but there ${sourceCount === 1 ? 'is 1 source URL' : `are ${sourceCount} source URLs`}: ${form}` };
  const words = match[2]!.split(/[,;]/).map((w) => w.trim().toLowerCase().replace(/\s+/g, ' ')).filter(Boolean);
  const supports: Claim[] = [];
  for (const word of words) {
    const claim = CLAIM_WORDS[word];
    if (!claim) return { error: `"${word}" is not a claim a passage can back: write any of ${CLAIMS.join(', ')}` };
    // "partners, councils" names one claim twice.
    if (!supports.includes(claim)) supports.push(claim);
  }
  if (!supports.length) return { error: `no claims in "[${match[2]}]": write which the passage backs, any of ${CLAIMS.join(', ')}` };
  return { value: { source, passage: { text: match[3]!, supports } } };
}

/** Every passage of the row, by source index, in the order the sheet gives them. */
export function readPassages(reader: RowReader, sourceCount: number): Map<number, Passage[]> {
  const bySource = new Map<number, Passage[]>();
  for (const line of reader.cell('sourcePassages').split('\n').filter((l) => l.trim())) {
    const read = readPassageLine(line, sourceCount);
    if ('error' in read) {
      reader.error('sourcePassages', read.error);
      continue;
    }
    const list = bySource.get(read.value.source) ?? [];
    list.push(read.value.passage);
    bySource.set(read.value.source, list);
  }
  return bySource;
}

/** A list alongside the source URLs (titles, dates …); more items than URLs is an error. */
function alongside(reader: RowReader, key: ColumnKey, what: string, urls: readonly string[]): string[] {
  const list = splitParallel(reader.cell(key), urls.length);
  if (list.length > urls.length) reader.error(key, `${list.length} ${what} for ${urls.length} source URL${urls.length === 1 ? '' : 's'}: give one per URL, one per line or separated by ";"`);
  return list;
}

/** The row's sources, filling in (and noting) a missing title, and a missing publisher from the address. */
export function readSources(reader: RowReader): SourceRef[] {
  const urls = splitUrls(reader.cell('sourceUrls'));
  const titles = alongside(reader, 'sourceTitles', 'titles', urls);
  const publishers = alongside(reader, 'sourcePublishers', 'publishers', urls);
  const dates = alongside(reader, 'sourceDates', 'dates', urls);
  const checkedDays = alongside(reader, 'sourceChecked', 'checked dates', urls);
  const passages = readPassages(reader, urls.length);
  return urls.map((url, i) => {
    let title = titles[i] && !BLANK.test(titles[i]!) ? titles[i]! : '';
    let publisher = publishers[i] && !BLANK.test(publishers[i]!) ? publishers[i]! : '';
    const label = urls.length > 1 ? `source ${i + 1}` : 'the source';
    if (!title) {
      title = 'Source (no title given)';
      reader.filled++;
      reader.note('sourceTitles', `no title for ${label}: filled in "${title}"`);
    }
    if (!publisher) {
      const host = hostOf(url);
      if (host) {
        publisher = host;
        reader.filled++;
        reader.note('sourcePublishers', `no publisher for ${label}: filled in the web address's host, "${host}"`);
      }
    }
    const date = reader.take('sourceDates', readDate(dates[i] ?? ''), undefined);
    const checked = reader.take('sourceChecked', readDate(checkedDays[i] ?? ''), undefined);
    const quoted = passages.get(i);
    return { title, publisher, ...(date ? { date } : {}), url, ...(checked ? { checked } : {}), ...(quoted ? { passages: quoted } : {}) };
  });
}
