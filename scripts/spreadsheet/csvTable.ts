import { dsvFormat } from 'd3-dsv';

// Spreadsheets saved as CSV, the way Excel and LibreOffice write them: UTF-8
// with or without a byte-order mark (or, from Excel's plain "CSV" choice,
// Windows-1252), commas or semicolons (the separator of locales that write
// decimals with a comma), quoted fields holding line breaks, CRLF or LF line
// ends, and sometimes a first line "sep=;" naming the separator.

export type Delimiter = ',' | ';' | '\t';

export interface CsvRow {
  /** The row number a spreadsheet shows: the header is row 1. */
  row: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: Delimiter;
  encoding: 'UTF-8' | 'UTF-8 with byte-order mark' | 'Windows-1252';
  header: string[];
  /** Data rows, without the empty ones. */
  rows: CsvRow[];
}

const DELIMITERS: Delimiter[] = [',', ';', '\t'];

export const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** Text of a CSV file's bytes: UTF-8 (the byte-order mark dropped), else Windows-1252. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvTable['encoding'] } {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { text, encoding: bom ? 'UTF-8 with byte-order mark' : 'UTF-8' };
  } catch {
    // Not UTF-8: Excel's plain "CSV (Comma delimited)" writes the Windows code page, where £ is one byte.
    return { text: decodeWindows1252(bytes), encoding: 'Windows-1252' };
  }
}

// Windows-1252 is Latin-1 but for 0x80–0x9F, where it has curly quotes,
// dashes, € and a few letters. (Node's TextDecoder gives Latin-1 there.)
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : String.fromCharCode(byte);
  return text;
}

/** The separator of the first record: whichever of comma, semicolon and tab splits it into most fields outside quotes. */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted; // a doubled quote toggles twice
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** Parse CSV text into a header and numbered rows. */
export function parseCsvText(text: string, encoding: CsvTable['encoding'] = 'UTF-8'): CsvTable {
  let body = text.replace(/^\uFEFF/, '');
  let firstRow = 1;
  let delimiter: Delimiter | undefined;
  const sep = /^sep=(.)\r?\n/i.exec(body);
  if (sep && DELIMITERS.includes(sep[1] as Delimiter)) {
    delimiter = sep[1] as Delimiter;
    body = body.slice(sep[0].length);
    firstRow = 2;
  }
  delimiter ??= detectDelimiter(body);
  const parsed = dsvFormat(delimiter).parseRows(body);
  const [header = [], ...data] = parsed;
  const rows: CsvRow[] = [];
  data.forEach((cells, i) => {
    const clean = cells.map((cell) => cell.replace(/\r\n?/g, '\n'));
    if (clean.every((cell) => cell.trim() === '')) return;
    rows.push({ row: firstRow + 1 + i, cells: clean });
  });
  return { delimiter, encoding, header: header.map((h) => h.replace(/\r\n?/g, '\n')), rows };
}

/** Parse a CSV file's bytes. */
export function parseCsv(bytes: Uint8Array): CsvTable {
  const { text, encoding } = decodeCsv(bytes);
  return parseCsvText(text, encoding);
}

/** CSV text of a header and rows: comma-separated, quoted where needed, LF line ends, with a byte-order mark by default so Excel reads it as UTF-8. */
export function formatCsv(header: readonly string[], rows: readonly (readonly string[])[], options: { bom?: boolean; delimiter?: Delimiter } = {}): string {
  const text = dsvFormat(options.delimiter ?? ',').formatRows([header as string[], ...(rows as string[][])]);
  return `${options.bom === false ? '' : '\uFEFF'}${text}\n`;
}

// What a file that is not CSV text is, from its first bytes: people give the
// import the workbook itself (.xlsx, .xls, .ods) more often than anything.
// Each is named, so the message can say what to do ("save it as CSV UTF-8").
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
const contains = (bytes: Uint8Array, text: string) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, 'latin1');

/** What kind of file it is when it is not text: a workbook, another binary file; null for text (CSV or not). */
export function binaryFileKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, ZIP)) {
    // The names of the files inside are stored as they are, at the start of each and in the directory at the end.
    if (contains(bytes, 'opendocument.spreadsheet')) return 'an OpenDocument spreadsheet (.ods)';
    if (contains(bytes, 'xl/')) return 'an Excel workbook (.xlsx)';
    return 'a zip file (a workbook or another archive)';
  }
  if (startsWith(bytes, OLE)) return 'an Excel 97–2003 workbook (.xls) or another older Office file';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'a PDF';
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'UTF-16 text (Excel\'s "Unicode Text")';
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return 'a binary file';
    // Tab, line feed and carriage return are text; other control bytes are rare in any text.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) controls++;
  }
  return head.length > 0 && controls / head.length > 0.01 ? 'a binary file' : null;
}
