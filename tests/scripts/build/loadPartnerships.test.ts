import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadRecords, placeInFiles } from '../../../scripts/build/loadPartnerships';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'load-partnerships-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function load(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return loadRecords(dir, dir);
}

describe('loadRecords', () => {
  it('reads one record or a list per file, in file-name order, each from its file', async () => {
    const loaded = await load({ 'b.json': '[{"id": "b1"}, {"id": "b2"}]', 'a.json': '\uFEFF{"id": "a"}', 'notes.txt': 'not read' });
    expect(loaded.records).toEqual([{ id: 'a' }, { id: 'b1' }, { id: 'b2' }]);
    expect(loaded.files).toEqual(['a.json', 'b.json', 'b.json']);
    expect(loaded.problems).toEqual([]);
  });

  it('reports malformed JSON by file, line and column', async () => {
    const loaded = await load({ 'a.json': '{\n  "id": "x",\n}' });
    expect(loaded.records).toEqual([]);
    expect(loaded.problems).toEqual([expect.objectContaining({ record: 'a.json', field: 'line 3, column 1' })]);
  });
});

// Failures found by tests/scripts/build/loadPartnerships.property.test.ts, kept as examples.
describe('loadRecords: found by the property tests', () => {
  it('reports JSON that is not a record by its file, rather than passing it on to be called "#1"', async () => {
    const loaded = await load({ 'a.json': '[""]', 'b.json': '42', 'c.json': '[{"id": "kept"}, null, [{"id": "nested"}]]' });
    expect(loaded.records).toEqual([{ id: 'kept' }]);
    expect(loaded.files).toEqual(['c.json']);
    expect(loaded.problems.map((p) => `${p.record} ${p.field}: ${p.message}`)).toEqual([
      'a.json item 1 of the list: the text "" is not a partnership record',
      'b.json (top level): the number 42 is not a partnership record',
      'c.json item 2 of the list: null is not a partnership record',
      'c.json item 3 of the list: a list is not a partnership record',
    ]);
  });

  it('gives the same line and column with a byte-order mark as without (a file of only a mark is line 1, column 1)', async () => {
    const text = '{\n  "id": "x",\n}';
    const loaded = await load({ 'plain.json': text, 'marked.json': `\uFEFF${text}`, 'mark.json': '\uFEFF' });
    expect(loaded.problems.map((p) => `${p.record} ${p.field}`)).toEqual(['mark.json line 1, column 1', 'marked.json line 3, column 1', 'plain.json line 3, column 1']);
  });
});

describe('placeInFiles', () => {
  it('names the file of a record the validator could only number, and leaves the rest', () => {
    const problem = (record: string) => ({ record, field: 'id', message: 'm', fix: 'f' });
    expect(placeInFiles([problem('#2'), problem('shared-hr'), problem('#9')], ['data/partnerships/a.json', 'data/partnerships/b.json']).map((p) => p.record)).toEqual([
      'data/partnerships/b.json (#2)',
      'shared-hr',
      '#9',
    ]);
  });
});
