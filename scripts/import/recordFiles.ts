import { existsSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { noSuchPath, PathError } from '../lib/commandLine';
import { formatRecordJson, layoutOf, nearestLayout, orderKeysLike } from './recordLayout';

// The import's --into FOLDER: one file per record, named by its id, in the
// layout of the committed files (recordLayout.ts). A record that replaces a
// file keeps that file's layout and key order, so the diff of an import
// shows only what changed.

export interface WrittenFile {
  id: string;
  path: string;
  change: 'new' | 'updated' | 'unchanged';
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Writes each record to FOLDER/ID.json; the folder must exist. */
export async function writeRecordFiles<T extends { id: string }>(records: readonly T[], folder: string): Promise<WrittenFile[]> {
  if (!existsSync(folder)) throw noSuchPath(folder);
  if (!statSync(folder).isDirectory()) throw new PathError(folder, 'is a file, not a folder');
  const written: WrittenFile[] = [];
  for (const record of records) {
    // The import's ids are checked already; this keeps a file name inside the folder whatever it is given.
    if (!ID.test(record.id)) throw new Error(`"${record.id}" is not an id that can name a file (lower-case words joined by hyphens)`);
    const path = join(folder, `${record.id}.json`);
    const before = existsSync(path) ? await readFile(path, 'utf8') : null;
    const text = before === null ? formatRecordJson(record) : rewrite(record, before);
    if (text === before) {
      written.push({ id: record.id, path, change: 'unchanged' });
      continue;
    }
    await writeFile(path, text);
    written.push({ id: record.id, path, change: before === null ? 'new' : 'updated' });
  }
  return written;
}

/** The record as the text that replaces a file: in the file's layout and key order, where it has one. */
function rewrite(record: { id: string }, before: string): string {
  let model: unknown;
  try {
    model = JSON.parse(before);
  } catch {
    return formatRecordJson(record);
  }
  const ordered = orderKeysLike(record, model);
  return formatRecordJson(ordered, layoutOf(before) ?? nearestLayout(before, model));
}
