import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PartnershipRecord } from '../../src/shared/types';

const root = join(__dirname, '..', '..');
const temp = mkdtempSync(join(tmpdir(), 'export-csv-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', script), ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run data:export', () => {
  it('exports the fixtures, checks the round trip itself, and the import gives the same records back', () => {
    const csv = join(temp, 'fixtures.csv');
    const json = join(temp, 'fixtures.json');
    const exported = run('exportCsv.ts', 'tests/fixtures/roundtrip-partnerships.json', '--out', csv);
    expect(exported.stderr).toContain('Exported 3 partnerships to');
    expect(exported.stderr).toContain('Round trip: importing the CSV gives back all 3 records exactly.');
    expect(exported.status).toBe(0);
    expect(readFileSync(csv, 'utf8').startsWith('\uFEFFname,id,councils,lead council,')).toBe(true);

    const imported = run('importCsv.ts', csv, '--out', json);
    expect(imported.status).toBe(0);
    const original = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'roundtrip-partnerships.json'), 'utf8')) as PartnershipRecord[];
    expect(JSON.parse(readFileSync(json, 'utf8'))).toStrictEqual(original);
  });

  it('writes codes with --councils codes, to the standard output', () => {
    const { status, stdout } = run('exportCsv.ts', 'tests/fixtures/roundtrip-partnerships.json', '--councils', 'codes', '--no-bom');
    expect(status).toBe(0);
    expect(stdout.startsWith('name,id,')).toBe(true);
    expect(stdout).toContain('E10000002; E09000015; S12000015; E07000112');
  });

  it('fails when a record would not come back: a broken record is reported', () => {
    const { status, stderr } = run('exportCsv.ts', 'tests/fixtures/broken-partnerships.json', '--out', join(temp, 'broken.csv'));
    expect(status).toBe(1);
    expect(stderr).toContain('does not import back');
  });

  it('prints help with --help and refuses a wrong option', () => {
    const help = run('exportCsv.ts', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('npm run data:export -- [FILE or FOLDER ...] [--out FILE.csv]');
    expect(run('exportCsv.ts', '--councils', 'initials').status).toBe(2);
  });
});
