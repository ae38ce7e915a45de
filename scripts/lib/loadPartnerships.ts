import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { JsonSyntaxError, parseJson } from './readJson';
import type { Problem } from '../../src/shared/validatePartnerships';

// Partnership records live one per file in data/partnerships/, so a change
// to one partnership is a change to one small file in a review. A file may
// also hold a list (the import writes one), and data:check takes either.

export interface LoadedRecords {
  records: unknown[];
  /** The file each record came from, by position. */
  files: string[];
  /** Files that are not valid JSON, with line and column. */
  problems: Problem[];
}

export async function loadRecords(path: string, root = process.cwd()): Promise<LoadedRecords> {
  const info = await stat(path);
  const files = info.isDirectory()
    ? (await readdir(path)).filter((f) => f.endsWith('.json')).sort().map((f) => join(path, f))
    : [path];
  const loaded: LoadedRecords = { records: [], files: [], problems: [] };
  for (const file of files) {
    const shown = relative(root, file) || file;
    try {
      const value = parseJson(await readFile(file, 'utf8'), shown);
      const list = Array.isArray(value) ? value : [value];
      for (const record of list) {
        loaded.records.push(record);
        loaded.files.push(shown);
      }
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error;
      loaded.problems.push({
        record: shown,
        field: `line ${error.line}, column ${error.column}`,
        message: `malformed JSON: ${error.message.replace(/^.*malformed JSON: /, '')}`,
        fix: 'fix the syntax there: a missing comma, quote or bracket is the usual cause',
      });
    }
  }
  return loaded;
}
