import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binaryFileKind, decodeCsv, detectDelimiter, formatCsv, parseCsv, parseCsvText } from '../../../scripts/spreadsheet/csvTable';

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

/** The start of a zip file holding one entry of this name, as a workbook begins. */
function zipWith(name: string): Uint8Array {
  const header = new Uint8Array(30);
  header.set([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
  header[26] = name.length;
  return new Uint8Array([...header, ...bytes(name), 0x00, 0x9c, 0xff, 0x1b]);
}

describe('binaryFileKind', () => {
  it('recognises the workbooks people give the import instead of CSV', () => {
    expect(binaryFileKind(zipWith('[Content_Types].xml'))).toBe('a zip file (a workbook or another archive)');
    expect(binaryFileKind(new Uint8Array([...zipWith('[Content_Types].xml'), ...zipWith('xl/workbook.xml')]))).toBe('an Excel workbook (.xlsx)');
    expect(binaryFileKind(zipWith('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'))).toBe('an OpenDocument spreadsheet (.ods)');
    expect(binaryFileKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]))).toBe('an Excel 97–2003 workbook (.xls) or another older Office file');
    expect(binaryFileKind(bytes('%PDF-1.7\n'))).toBe('a PDF');
    expect(binaryFileKind(new Uint8Array([0xff, 0xfe, 0x6e, 0x00]))).toBe('UTF-16 text (Excel\'s "Unicode Text")');
  });

  it('calls a file with NUL bytes or many control bytes binary, and text (any encoding) not', () => {
    expect(binaryFileKind(bytes('name,councils\u0000\n'))).toBe('a binary file');
    expect(binaryFileKind(bytes('\u0001\u0002\u0003\u0004name'))).toBe('a binary file');
    expect(binaryFileKind(readFileSync(join(fixtures, 'import-officers.csv')))).toBeNull();
    expect(binaryFileKind(new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0d, 0x0a, 0xa3, 0x32, 0x6d, 0x09, 0x96]))).toBeNull(); // Windows-1252 "£2m" and a dash
    expect(binaryFileKind(new Uint8Array())).toBeNull();
  });
});
