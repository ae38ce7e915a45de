import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { JsonSyntaxError, parseJson } from '../lib/readJson';
import type { Problem } from '../../src/shared/validatePartnerships';

// Partnership records live one per file in data/partnerships/, so a change
// to one partnership is a change to one small file in a review. A file may
// also hold a list (the import writes one), and data:check takes either.

export interface LoadedRecords {
  records: unknown[];
  /** The file each record came from, by position. */
  files: string[];
  /** Files that are not valid JSON, with line and column, and values in them that are not records. */
  problems: Problem[];
}

/** A JSON value as a message names it: "null", "a list", "the number 42", "the text "x"" (cut short). */
function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `the ${typeof value} ${String(value)}`;
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
      list.forEach((record, i) => {
        // JSON that is not a record ("42", null, a list in a list) is
        // reported here, by its file: the checker could only call it "#7",
        // a position among all the files' records, which names no file.
        if (typeof record !== 'object' || record === null || Array.isArray(record)) {
          loaded.problems.push({
            record: shown,
            field: Array.isArray(value) ? `item ${i + 1} of the list` : '(top level)',
            message: `${describeJson(record)} is not a partnership record`,
            fix: 'give one { … } record per file, or a list [ { … }, … ] of them',
          });
          return;
        }
        loaded.records.push(record);
        loaded.files.push(shown);
      });
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

/**
 * The validator names a record with no usable id by its position ("#3")
 * among all the files' records; this names its file instead, which is where
 * the person will look.
 */
export function placeInFiles(problems: readonly Problem[], files: readonly string[]): Problem[] {
  return problems.map((problem) => {
    const position = /^#(\d+)$/.exec(problem.record);
    const file = position ? files[Number(position[1]) - 1] : undefined;
    return file ? { ...problem, record: `${file} (${problem.record})` } : problem;
  });
}
