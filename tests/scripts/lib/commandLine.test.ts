import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs as nodeParseArgs, promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import {
  asUsageError,
  parseArgs,
  PathError,
  plainFileError,
  printable,
  readCommandLine,
  reportError,
  shownPath,
  UsageError,
} from '../../../scripts/lib/commandLine';

const root = join(__dirname, '..', '..', '..');
const temp = mkdtempSync(join(tmpdir(), 'command-line-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('parseArgs and readCommandLine', () => {
  it('reads --name VALUE, --name=VALUE, flags and arguments, and everything after -- as an argument', () => {
    expect(parseArgs(['a.csv', '--out', 'x.json', '--report=r.txt', '--stats', '--', '--bogus'], ['--out', '--report'], ['--stats'])).toEqual({
      options: { '--out': 'x.json', '--report': 'r.txt', '--stats': true },
      rest: ['a.csv', '--bogus'],
      unknown: [],
    });
  });

  it('says "unknown option" for an option it does not know, never taking it as a file', () => {
    expect(parseArgs(['--bogus', 'a.csv'], [], []).unknown).toEqual(['unknown option --bogus']);
    expect(() => readCommandLine(['--bogus', 'data/x.json'], { flags: ['--stats'] })).toThrow(new UsageError('unknown option --bogus'));
    expect(() => readCommandLine(['--out'], { valued: ['--out'] })).toThrow(new UsageError('--out needs a value'));
  });

  it('returns null for --help and -h, and checks the number of arguments', () => {
    expect(readCommandLine(['--help'], {})).toBeNull();
    expect(readCommandLine(['x', '-h'], { args: { max: 1 } })).toBeNull();
    expect(() => readCommandLine([], { args: { min: 1, tooFew: 'no CSV file given' } })).toThrow(new UsageError('no CSV file given'));
    expect(() => readCommandLine(['stray'], { args: { max: 0 } })).toThrow(new UsageError('unexpected argument stray'));
    expect(readCommandLine(['Shepway DC', '2009'], { args: { min: 1, max: 2 } })).toEqual({ options: {}, rest: ['Shepway DC', '2009'] });
  });

  it('puts node:util parseArgs errors (bench) in the same words', () => {
    const parse = (args: string[]) => () => nodeParseArgs({ args, options: { runs: { type: 'string' } } });
    expect(() => asUsageError(parse(['--bogus']))).toThrow(new UsageError('unknown option --bogus'));
    expect(() => asUsageError(parse(['stray']))).toThrow(new UsageError('unexpected argument stray'));
    expect(() => asUsageError(parse(['--runs']))).toThrow(new UsageError('--runs needs a value'));
  });
});

describe('plain wording for files and terminals', () => {
  it('says "no such file or folder", never ENOENT, with the path relative to the current folder', () => {
    const error = Object.assign(new Error("ENOENT: no such file or directory, open '/work/x/a.csv'"), { code: 'ENOENT', path: '/work/x/a.csv' });
    const plain = plainFileError(error);
    expect(plain).toBeInstanceOf(PathError);
    expect((plain as PathError).message).toBe('/work/x/a.csv: no such file or folder');
    expect(shownPath('/work/x/a.csv', '/work')).toBe('x/a.csv');
    expect(shownPath('/elsewhere/a.csv', '/work')).toBe('/elsewhere/a.csv');
    const isDir = plainFileError(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }), '/work/data');
    expect((isDir as PathError).message).toBe('/work/data: is a folder, not a file');
  });

  it('prints control characters and bidirectional overrides as visible escapes, keeping tabs and line breaks', () => {
    expect(printable('PK\u0003\u0004\u001b[31mred\u009b\u202eevil\tok\nnext\r')).toBe('PK\\x03\\x04\\x1B[31mred\\x9B\\u202Eevil\tok\nnext\\x0D');
    expect(printable('Caerffili £2m – “quoted”')).toBe('Caerffili £2m – “quoted”');
  });

  it('reports a usage error with the usage and status 2, a missing file with status 2, anything else with status 1', () => {
    const printed: string[] = [];
    const print = (text: string) => printed.push(text);
    expect(reportError(new UsageError('unknown option --bogus'), 'USAGE', print)).toBe(2);
    expect(reportError(Object.assign(new Error('ENOENT'), { code: 'ENOENT', path: 'nothing.json' }), 'USAGE', print)).toBe(2);
    expect(reportError(new Error('the register is broken'), 'USAGE', print)).toBe(1);
    expect(printed).toEqual(['unknown option --bogus\n\nUSAGE', 'nothing.json: no such file or folder', 'the register is broken']);
  });
});

const run = promisify(execFile);

/** A command's exit status and everything it printed. */
async function command(script: string, ...args: string[]): Promise<{ status: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', join(root, 'scripts', script), ...args], { cwd: root });
    return { status: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, out: failed.stdout + failed.stderr };
  }
}

describe('every command', () => {
  const commands: [string, string][] = [
    ['buildData.ts', 'npm run data'],
    ['checkData.ts', 'npm run data:check'],
    ['importCsv.ts', 'npm run data:import'],
    ['exportCsv.ts', 'npm run data:export'],
    ['findCouncil.ts', 'npm run data:council'],
    ['generateSynthetic.ts', 'npm run data:synthetic'],
    ['bench.ts', 'npm run bench'],
  ];

  it.each(commands)('%s: "unknown option --bogus", its usage, exit 2', async (script, usage) => {
    const { status, out } = await command(script, '--bogus');
    expect(out.startsWith('unknown option --bogus\n\n')).toBe(true);
    expect(out).toContain(usage);
    expect(status).toBe(2);
  });

  const missing = join(temp, 'nothing');
  it.each([
    ['checkData.ts', [`${missing}.json`], 1],
    ['importCsv.ts', [`${missing}.csv`], 2],
    ['importCsv.ts', ['tests/fixtures/import-comma.csv', '--into', missing], 2],
    ['exportCsv.ts', [`${missing}.json`], 2],
    ['bench.ts', ['--report-only', '--out', missing], 2],
  ] as const)('%s %j: "PATH: no such file or folder", never ENOENT', async (script, args, expected) => {
    const { status, out } = await command(script, ...args);
    expect(out).toMatch(new RegExp(`${temp.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/nothing(\\.json|\\.csv|/results\\.json)?: no such file or folder\\n`));
    expect(out).not.toContain('ENOENT');
    expect(status).toBe(expected);
  });
});
