import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCsv, detectDelimiter, formatCsv, parseCsv, parseCsvText } from '../../../scripts/lib/csvTable';

const fixtures = join(__dirname, '..', '..', 'fixtures');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeCsv', () => {
  it('drops the byte-order mark of UTF-8 and says it was there', () => {
    expect(decodeCsv(bytes('\uFEFFname,£'))).toEqual({ text: 'name,£', encoding: 'UTF-8 with byte-order mark' });
    expect(decodeCsv(bytes('name,£'))).toEqual({ text: 'name,£', encoding: 'UTF-8' });
  });

  it("reads Excel's Windows-1252 CSV, where £ is the single byte A3", () => {
    expect(decodeCsv(Uint8Array.from([0x6e, 0x2c, 0xa3, 0x32, 0x6d, 0x2c, 0x93, 0x71, 0x94]))).toEqual({ text: 'n,£2m,“q”', encoding: 'Windows-1252' });
  });
});

describe('detectDelimiter', () => {
  it('counts separators in the header, outside quotes', () => {
    expect(detectDelimiter('name,councils,services\n')).toBe(',');
    expect(detectDelimiter('name;councils;services\r\n')).toBe(';');
    expect(detectDelimiter('name\tcouncils\tservices')).toBe('\t');
    expect(detectDelimiter('"name, the partnership\'s";councils;services\n')).toBe(';');
    expect(detectDelimiter('"a;b;c;d",x,y\n1;2;3;4;5;6')).toBe(',');
  });

  it('takes a comma for a header of one column', () => {
    expect(detectDelimiter('name\nx')).toBe(',');
  });
});

describe('parseCsvText', () => {
  it('reads quoted cells with separators, doubled quotes and line breaks, numbering rows as a spreadsheet does', () => {
    const table = parseCsvText('name;notes\r\n"A; B";"line one\r\nline ""two"""\r\n;\r\nC;plain\r\n');
    expect(table.delimiter).toBe(';');
    expect(table.header).toEqual(['name', 'notes']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['A; B', 'line one\nline "two"'] },
      { row: 4, cells: ['C', 'plain'] },
    ]);
  });

  it('obeys a first line "sep=;" and counts it as a row', () => {
    const table = parseCsvText('sep=;\nname;councils\nA;B, C\n');
    expect(table.delimiter).toBe(';');
    expect(table.header).toEqual(['name', 'councils']);
    expect(table.rows).toEqual([{ row: 3, cells: ['A', 'B, C'] }]);
  });

  it('reads the semicolon fixture: byte-order mark, CRLF, quoted line breaks, an empty row', () => {
    const table = parseCsv(readFileSync(join(fixtures, 'import-officers.csv')));
    expect(table.encoding).toBe('UTF-8 with byte-order mark');
    expect(table.delimiter).toBe(';');
    expect(table.header[0]).toBe('Name');
    expect(table.rows.map((r) => r.row)).toEqual([2, 3, 4, 6, 7, 8]);
    expect(table.rows[0]!.cells[8]).toBe('Canterbury, Dover, Shepway and Thanet councils set up one HR and health and safety service.\nKent County Council runs their payroll.');
    expect(table.rows[1]!.cells[9]).toBe('https://www.rbkc.gov.uk/tri-borough\nhttps://www.lbhf.gov.uk/news/tri-borough-ends');
  });
});

describe('formatCsv', () => {
  it('quotes what needs quoting and parses back to the same cells', () => {
    const header = ['name', 'notes'];
    const rows = [
      ['A, B', 'say "hello"\nand goodbye'],
      ['£2m', ''],
    ];
    const csv = formatCsv(header, rows);
    expect(csv.startsWith('\uFEFFname,notes\n"A, B","say ""hello""\nand goodbye"\n')).toBe(true);
    const back = parseCsv(bytes(csv));
    expect(back.header).toEqual(header);
    expect(back.rows.map((r) => r.cells)).toEqual(rows);
  });

  it('leaves the byte-order mark out when asked', () => {
    expect(formatCsv(['a'], [['1']], { bom: false })).toBe('a\n1\n');
  });
});
