import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatRecordJson } from '../../scripts/import/recordLayout';
import type { PartnershipRecord } from '../../src/shared/types';

const root = join(__dirname, '..', '..');
const temp = mkdtempSync(join(tmpdir(), 'import-csv-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function importCsv(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'importCsv.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run data:import', () => {
  it('imports the officers\' semicolon sheet, leaves out the ambiguous and the unknown council, reports every problem and exits 1', () => {
    const { status, stdout, stderr } = importCsv('tests/fixtures/import-officers.csv');
    expect(status).toBe(1);
    for (const line of [
      'Read tests/fixtures/import-officers.csv: UTF-8 with byte-order mark, semicolon-separated, 6 rows below the header.',
      'Ignored columns: "Officer".',
      'Imported 4 of 6 rows; 2 left out (errors below).',
      'Council names: 16 of 18 resolved; GSS codes: 0 of 0.',
      'Savings: 3 read from the wording, 1 unclear (kind "unclear": no estimate), 1 with no figure (left empty), 1 without savings.',
      'Filled in: 3 source titles or publishers (listed below).',
      'Errors (2 problems; these rows were left out):',
      '  row 6, councils: "Buckinghamshire" matches more than one council: E06000060 Buckinghamshire Council (from 2020); E10000002 Buckinghamshire County Council (until 2019). Write E06000060 (Buckinghamshire Council) or Buckinghamshire County Council, or use the GSS code, or give the start year',
      '  row 7, councils: "Nowhereshire DC" is not a council we know; closest: ',
      '  row 2, councils: read "Shepway DC" as E07000112 Folkestone and Hythe District Council',
      '  row 2, source publishers: no publisher for the source: filled in the web address\'s host, "democracy.kent.gov.uk"',
      '  row 4, services: not a service area, left out of services: "printing"',
      '  row 7, savings: unclear: no period: per year, or a total over how many years?; kept as unclear, £500,000',
      '  row 8, savings: no figure in the wording in "significant savings": savings left empty (null)',
    ]) {
      expect(stderr).toContain(line);
    }
    const records = JSON.parse(stdout) as PartnershipRecord[];
    expect(records.map((r) => r.id)).toEqual(['east-kent-hr-shared-service', 'tri-borough-shared-services', 'mid-kent-revenues-and-benefits', 'harrow-and-hampshire-hr']);
    expect(records[0]!.description).toBe('Canterbury, Dover, Shepway and Thanet councils set up one HR and health and safety service.\nKent County Council runs their payroll.');
  });

  it('writes --out and --report, and exits 0 when every row imports; the records pass data:check', () => {
    const out = join(temp, 'comma.json');
    const report = join(temp, 'report.txt');
    const { status, stdout, stderr } = importCsv('tests/fixtures/import-comma.csv', '--out', out, '--report', report);
    expect(stderr).toContain('Imported 2 of 2 rows.');
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(readFileSync(report, 'utf8')).toContain('row 3, councils: councils separated by commas');
    const records = JSON.parse(readFileSync(out, 'utf8')) as PartnershipRecord[];
    expect(records.map((r) => [r.id, r.councils])).toEqual([
      ['broadland-and-south-norfolk-one-team', ['E07000144', 'E07000149']],
      ['herts-building-control', ['E07000095', 'E07000098', 'E07000099', 'E07000243']],
    ]);
    const check = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'checkData.ts'), out], { cwd: root, encoding: 'utf8' });
    expect(check.stdout).toContain('2 records checked, 0 problems');
  });

  it('exits 2, reading nothing, for a sheet without the columns it needs', () => {
    const file = join(temp, 'no-councils.csv');
    writeFileSync(file, 'name;services\nA;legal\n');
    const { status, stderr } = importCsv(file);
    expect(status).toBe(2);
    expect(stderr).toContain('Cannot import: the header row has no "councils", "description", "source URLs" columns (found: "name", "services").');
  });

  it('exits 2 for a missing file or a wrong option, and prints help with --help', () => {
    expect(importCsv(join(temp, 'nothing.csv')).status).toBe(2);
    expect(importCsv('tests/fixtures/import-comma.csv', '--bogus').status).toBe(2);
    const help = importCsv('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('npm run data:import -- FILE.csv [--out FILE.json]');
  });

  it('says a workbook is one and to save it as CSV UTF-8, exit 2, printing none of its bytes', () => {
    const xlsx = join(temp, 'partnerships.xlsx');
    // The start of a real .xlsx: a zip whose entries are named [Content_Types].xml, xl/workbook.xml …, then compressed bytes.
    const entry = (name: string) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0]), Buffer.alloc(16), Buffer.from([name.length, 0, 0, 0]), Buffer.from(name)]);
    writeFileSync(xlsx, Buffer.concat([entry('[Content_Types].xml'), Buffer.from([0x1b, 0x5b, 0x33, 0x31, 0x6d, 0x9b, 0x00, 0x07]), entry('xl/workbook.xml')]));
    const { status, stdout, stderr } = importCsv(xlsx);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `${xlsx}: this is an Excel workbook (.xlsx), not a CSV file. Open it in Excel or LibreOffice and save it as CSV UTF-8 ` +
        '(Excel: File › Save As › "CSV UTF-8 (Comma delimited)"; LibreOffice: File › Save As › "Text CSV", character set "Unicode (UTF-8)"), then import that file.\n',
    );
    for (const kind of [
      ['old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'an Excel 97–2003 workbook (.xls)'],
      ['sheet.csv', Buffer.from('name,councils\u0000\u0000\n'), 'a binary file'],
    ] as const) {
      writeFileSync(join(temp, kind[0]), kind[1]);
      const run = importCsv(join(temp, kind[0]));
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`this is ${kind[2]}`);
      expect(run.stderr).toContain('save it as CSV UTF-8');
    }
  });

  it('never echoes a control character of the sheet to the terminal, in the report or the records', () => {
    const file = join(temp, 'escapes.csv');
    const sheet = readFileSync(join(root, 'tests', 'fixtures', 'import-comma.csv'), 'utf8');
    // An escape sequence in a header and in a council name, and a C1 control in a cell, as Windows-1252 bytes: not UTF-8.
    const hostile = sheet.replace('name', 'name\u001b[2J').replace(/Broadland/, 'Broad\u001b]0;pwned\u0007land');
    writeFileSync(file, Buffer.concat([Buffer.from(hostile, 'latin1'), Buffer.from([0x9b])]));
    const { stdout, stderr } = importCsv(file);
    expect(stderr).toContain('Windows-1252');
    for (const text of [stdout, stderr]) expect([...text].filter((ch) => /[\p{Cc}]/u.test(ch) && ch !== '\n')).toEqual([]);
    expect(stderr).toContain('\\x1B');
  });

  it('--into FOLDER writes one file per record in the committed layout, which data:check passes', () => {
    const into = join(temp, 'into');
    mkdirSync(into);
    const first = importCsv('tests/fixtures/import-comma.csv', '--into', into);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toContain(`Wrote 2 records into ${into}, one file each: 2 new, 0 updated, 0 unchanged.`);
    const text = readFileSync(join(into, 'herts-building-control.json'), 'utf8');
    expect(text).toContain('\n  "councils": ["E07000095", "E07000098", "E07000099", "E07000243"],\n');
    expect(text).toBe(formatRecordJson(JSON.parse(text)));
    expect(importCsv('tests/fixtures/import-comma.csv', '--into', into).stderr).toContain('0 new, 0 updated, 2 unchanged.');
    const check = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'checkData.ts'), into], { cwd: root, encoding: 'utf8' });
    expect(check.stdout).toContain('2 records checked, 0 problems');
  });
});
