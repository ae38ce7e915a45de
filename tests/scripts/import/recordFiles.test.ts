import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeRecordFiles } from '../../../scripts/import/recordFiles';
import { formatRecordJson } from '../../../scripts/import/recordLayout';

const committedFolder = join(__dirname, '..', '..', '..', 'data', 'partnerships');
const temp = mkdtempSync(join(tmpdir(), 'record-files-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function folder(name: string): string {
  const path = join(temp, name);
  mkdirSync(path);
  return path;
}

describe('writeRecordFiles', () => {
  it('writes one file per record, named by its id, in the committed layout; writing it again changes nothing', async () => {
    const into = folder('new');
    const records = [
      { id: 'a-one', councils: ['E1', 'E2'] },
      { id: 'b-two', councils: ['E3', 'E4'] },
    ];
    expect((await writeRecordFiles(records, into)).map((w) => [w.id, w.change])).toEqual([
      ['a-one', 'new'],
      ['b-two', 'new'],
    ]);
    expect(readFileSync(join(into, 'a-one.json'), 'utf8')).toBe('{\n  "id": "a-one",\n  "councils": ["E1", "E2"]\n}\n');
    expect((await writeRecordFiles(records, into)).map((w) => w.change)).toEqual(['unchanged', 'unchanged']);
  });

  it('gives back every committed file unchanged when its own record is written over it', async () => {
    const into = folder('copy');
    const files = readdirSync(committedFolder).filter((f) => f.endsWith('.json'));
    for (const file of files) copyFileSync(join(committedFolder, file), join(into, file));
    const records = files.map((file) => JSON.parse(readFileSync(join(into, file), 'utf8')) as { id: string });
    const written = await writeRecordFiles(records, into);
    const changed = written.filter((w) => w.change !== 'unchanged');
    // Only the spaces inside {"council": …} of a few hand-written membership changes may differ.
    expect(changed.length).toBeLessThan(files.length * 0.05);
    for (const { path, id } of changed) {
      const before = readFileSync(join(committedFolder, `${id}.json`), 'utf8');
      expect(readFileSync(path, 'utf8').replace(/\{ "/g, '{"').replace(/" \}/g, '"}').replace(/(\d) \}/g, '$1}'), id).toBe(
        before.replace(/\{ "/g, '{"').replace(/" \}/g, '"}').replace(/(\d) \}/g, '$1}'),
      );
    }
  });

  it('keeps the layout and key order of the file it replaces, so the diff is the change', async () => {
    const into = folder('update');
    const before = { name: 'Old name', id: 'c-three', sources: [{ url: 'https://example.org', passages: [{ text: 'Words.', supports: ['councils'] }] }] };
    writeFileSync(join(into, 'c-three.json'), formatRecordJson(before, 'one-line-items'));
    const [written] = await writeRecordFiles([{ id: 'c-three', name: 'New name', sources: before.sources }], into);
    expect(written!.change).toBe('updated');
    expect(readFileSync(join(into, 'c-three.json'), 'utf8')).toBe(formatRecordJson({ ...before, name: 'New name' }, 'one-line-items'));
  });

  it('refuses a folder that is not there, or is a file, in the words every command uses', async () => {
    await expect(writeRecordFiles([], join(temp, 'nowhere'))).rejects.toThrow(`${join(temp, 'nowhere')}: no such file or folder`);
    writeFileSync(join(temp, 'a-file'), '');
    await expect(writeRecordFiles([], join(temp, 'a-file'))).rejects.toThrow(`${join(temp, 'a-file')}: is a file, not a folder`);
    await expect(writeRecordFiles([{ id: '../escape' }], folder('ids'))).rejects.toThrow('"../escape" is not an id that can name a file');
  });
});
