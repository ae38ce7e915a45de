import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
});
