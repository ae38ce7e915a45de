import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

function check(...files: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'checkData.ts'), ...files], { cwd: root, encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

describe('npm run data:check', () => {
  it('lists every problem of a hand-made broken file, with record, field and fix, and exits 1', () => {
    const { status, out } = check('tests/fixtures/broken-partnerships.json');
    expect(status).toBe(1);
    const expected = [
      'Broken Record  id: "Broken Record" is not lower-case words',
      'Broken Record  councils[0]: "Hampshire CC" is a name, not a GSS code',
      'use E10000014 Hampshire County Council',
      'Broken Record  councils[1]: unknown council code E10000099',
      'Broken Record  councils[2]: E10000002 Buckinghamshire County Council did not exist in 2022',
      'Broken Record  lead:',
      'Broken Record  services[1]: unknown service "catering"',
      'Broken Record  endYear: ends (2019) before it starts (2022)',
      'Broken Record  status: has an end year but status "active"',
      'Broken Record  description: missing',
      'Broken Record  sources[0].url: "ftp://example.org/page" is not an http(s) address',
      'Broken Record  savings.source: 3 is not one of the sources',
      'Broken Record  savings.low: negative (-5)',
      'Broken Record  savings.low: low (-5) is above high (-10)',
      'Broken Record  savings.years: a period figure needs the number of years',
      'twin  startYear: 1850 is not a possible year',
      'twin  id: duplicate id (also record #2)',
      'twin  councils: needs at least two councils',
      'twin  sources: missing',
    ];
    for (const line of expected) expect(out).toContain(line);
    expect(out).toMatch(/4 records checked, 2\d problems/);
  });

  it('reports malformed JSON with its line and column', () => {
    const { status, out } = check('tests/fixtures/malformed-partnership.json');
    expect(status).toBe(1);
    expect(out).toContain('tests/fixtures/malformed-partnership.json  line 4, column 3: malformed JSON');
  });

  it('passes a correct file', () => {
    const { status, out } = check('tests/fixtures/roundtrip-partnerships.json');
    expect(out).toContain('3 records checked, 0 problems');
    expect(status).toBe(0);
  });

  it('--stats counts the claims a quoted passage backs, by claim', () => {
    const { status, out } = check('--stats', 'tests/fixtures/roundtrip-partnerships.json');
    expect(status).toBe(0);
    expect(out).toContain('Savings: 2 give a savings figure (2 with a yearly estimate, 0 with no period, so no yearly estimate); 1 give no savings figure');
    expect(out).toMatch(/Claims backed by a quoted passage: \d+ of \d+ \(\d+\.\d%\)/);
    expect(out).toContain('savings 2 of 2');
  });

  it('refuses a record whose savings figure no passage quotes', () => {
    const { status, out } = check('tests/fixtures/broken-partnerships.json');
    expect(status).toBe(1);
    expect(out).toContain('unquoted-savings  sources[0].passages: no passage quotes the savings wording "£1m a year"');
  });
});
