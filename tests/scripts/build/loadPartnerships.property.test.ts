import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRecords } from '../../../scripts/build/loadPartnerships';
import type { PartnershipRecord } from '../../../src/shared/types';
import { validatePartnerships } from '../../../src/shared/validatePartnerships';
import { CONTEXT, validRecordArb } from '../../shared/partnershipArbitraries';

// Property-based tests of reading data/partnerships/: folders of *.json
// files, valid ones beside broken ones (random bytes, truncated JSON, empty
// files, byte-order marks, JSON that is not a record). Whatever the files
// hold, loadRecords returns rather than throws, names every bad file, and
// returns every record of every good file, from that file, in order; the
// checker then finds nothing wrong with those records.
// Reproduce with: npx vitest run --project unit tests/scripts/build/loadPartnerships.property.test.ts

/** Runs per property: 1,000, or more for a longer hunt (FUZZ_RUNS=20000 npx vitest run …). */
const RUNS = Math.max(1000, Number(process.env.FUZZ_RUNS) || 0);
const BOM = '\uFEFF';

type Content =
  /** One record or a list of them, written as JSON in some style. */
  | { kind: 'valid'; records: PartnershipRecord[]; single: boolean; style: Style }
  /** Text that is not JSON by construction; cut: a record's JSON cut short, so what is wrong is at its end. */
  | { kind: 'malformed'; text: string; cut?: boolean }
  /** JSON that is not a record or a list of records. */
  | { kind: 'wrong shape'; text: string }
  /** Anything at all: may be JSON, may not be. */
  | { kind: 'random'; bytes: Uint8Array };

/** JSON as people and tools write it: compact or indented, with or without a BOM, a final line break, CRLF. */
const styleArb = fc.record({ indent: fc.constantFrom(0, 2, '\t'), bom: fc.boolean(), newline: fc.boolean(), crlf: fc.boolean() });
type Style = typeof styleArb extends fc.Arbitrary<infer T> ? T : never;

function render(value: unknown, { indent, bom, newline, crlf }: Style): string {
  let text = JSON.stringify(value, null, indent) + (newline ? '\n' : '');
  if (crlf) text = text.replace(/\n/g, '\r\n');
  return (bom ? BOM : '') + text;
}

const styled = (value: unknown) => styleArb.map((style) => render(value, style));

const validFile: fc.Arbitrary<Content> = fc
  .record({ records: fc.array(validRecordArb(''), { minLength: 1, maxLength: 3 }), single: fc.boolean(), style: styleArb })
  .map(({ records, single, style }): Content => ({ kind: 'valid', records: single ? records.slice(0, 1) : records, single, style }));

const malformedFile: fc.Arbitrary<Content> = fc.oneof(
  // A record's JSON cut short anywhere (any proper prefix of an object or a list is not JSON).
  fc
    .tuple(validRecordArb('cut'), fc.boolean(), fc.nat(), fc.boolean())
    .map(([record, asList, at, bom]): Content => {
      const text = JSON.stringify(asList ? [record] : record, null, 2);
      return { kind: 'malformed', text: (bom ? BOM : '') + text.slice(0, at % text.length), cut: true };
    }),
  fc.constantFrom<Content>(
    { kind: 'malformed', text: '' },
    { kind: 'malformed', text: BOM },
    { kind: 'malformed', text: BOM + BOM + '{' },
    { kind: 'malformed', text: ' \n\t\r\n' },
    { kind: 'malformed', text: "{ 'id': 'single-quotes' }" },
    { kind: 'malformed', text: '{ "id": "trailing-comma", }' },
    { kind: 'malformed', text: '{ "id": "x" } { "id": "y" }' },
    { kind: 'malformed', text: '// a comment\n{}' },
    { kind: 'malformed', text: '{ "id": "a\u0001b" }' },
    { kind: 'malformed', text: 'NaN' },
    { kind: 'malformed', text: '<html><body>Not found</body></html>' },
  ),
);

const notARecord = fc.oneof(
  fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.boolean(), fc.constant(null)),
  fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.array(fc.jsonValue(), { maxLength: 2 })), { minLength: 1, maxLength: 3 }),
);
const wrongShapeFile: fc.Arbitrary<Content> = fc.oneof(
  // A value that is not an object, alone or in a list.
  notARecord.chain((value) => styled(value)).map((text): Content => ({ kind: 'wrong shape', text })),
  // A good record in a list beside something that is not one, or a list inside the list.
  fc
    .tuple(validRecordArb('beside'), fc.oneof(fc.integer(), fc.string(), fc.constant(null)), fc.boolean())
    .chain(([record, other, nested]) => styled(nested ? [[record]] : [record, other]))
    .map((text): Content => ({ kind: 'wrong shape', text })),
);

const randomFile: fc.Arbitrary<Content> = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 100 }).map((s) => new TextEncoder().encode(s)),
).map((bytes): Content => ({ kind: 'random', bytes }));

const fileName = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_ .éÆ'), minLength: 1, maxLength: 12 }).map((s) => `${s}.json`);

const folder = fc.uniqueArray(
  fc.tuple(fileName, fc.oneof({ arbitrary: validFile, weight: 3 }, { arbitrary: malformedFile, weight: 2 }, { arbitrary: wrongShapeFile, weight: 1 }, { arbitrary: randomFile, weight: 1 })),
  { minLength: 1, maxLength: 6, selector: ([name]) => name },
);

/** Files that are not *.json, which the loader must leave alone. */
const otherFiles = fc.uniqueArray(fc.constantFrom('README.md', 'notes.txt', 'x.json.bak', 'json', 'record.JSON5'), { maxLength: 3 }).chain((names) =>
  fc.tuple(...names.map((name) => fc.uint8Array({ maxLength: 50 }).map((bytes) => [name, bytes] as const))),
);

function lines(text: string): string[] {
  return text.split('\n');
}

describe('loadRecords: any folder of files', () => {
  it('never throws; names every bad file, with a line and column inside it; returns every record of every good file from that file', async () => {
    await fc.assert(
      fc.asyncProperty(folder, otherFiles, async (files, others) => {
        const dir = await mkdtemp(join(tmpdir(), 'load-partnerships-'));
        try {
          // Ids unique across the folder, so the checker has nothing to say about good files.
          let n = 0;
          const written = files.map(([name, content]) => {
            if (content.kind !== 'valid') return [name, content] as const;
            return [name, { ...content, records: content.records.map((r) => ({ ...r, id: `record-${++n}` })) }] as const;
          });
          for (const [name, content] of written) {
            const data = content.kind === 'random' ? content.bytes : content.kind === 'valid' ? render(content.single ? content.records[0] : content.records, content.style) : content.text;
            await writeFile(join(dir, name), data);
          }
          for (const [name, bytes] of others) await writeFile(join(dir, name), bytes);

          const loaded = await loadRecords(dir, dir);

          const names = written.map(([name]) => name);
          expect(loaded.records).toHaveLength(loaded.files.length);
          for (const file of loaded.files) expect(names).toContain(file);
          for (const problem of loaded.problems) {
            expect(names, `problem for a file not written: ${problem.record}`).toContain(problem.record);
            expect(problem.field && problem.message && problem.fix).toBeTruthy();
          }
          // Files in name order, as sorted.
          const order = loaded.files.map((f) => [...names].sort().indexOf(f));
          expect(order).toEqual([...order].sort((a, b) => a - b));

          for (const [name, content] of written) {
            const mine = loaded.problems.filter((p) => p.record === name);
            const records = loaded.records.filter((_, i) => loaded.files[i] === name);
            if (content.kind === 'valid') {
              expect(mine, name).toEqual([]);
              expect(records, name).toEqual(content.records);
            } else if (content.kind === 'malformed' || content.kind === 'wrong shape') {
              expect(mine.length, `${content.kind} file ${name} not reported: ${JSON.stringify(content.text.slice(0, 200))}`).toBeGreaterThan(0);
              if (content.kind === 'malformed') {
                expect(records, name).toEqual([]);
                const place = /^line (\d+), column (\d+)$/.exec(mine[0]!.field);
                expect(place, mine[0]!.field).not.toBeNull();
                const [line, column] = [Number(place![1]), Number(place![2])];
                // Lines and columns as an editor shows them: the byte-order mark is not a column.
                const fileLines = lines(content.text.replace(/^\uFEFF/, ''));
                expect(line).toBeGreaterThanOrEqual(1);
                expect(line).toBeLessThanOrEqual(fileLines.length);
                expect(column).toBeGreaterThanOrEqual(1);
                expect(column).toBeLessThanOrEqual(fileLines[line - 1]!.length + 1);
                // Cut short: the place is where the text stops.
                if (content.cut) expect({ line, column }, JSON.stringify(content.text.slice(-40))).toEqual({ line: fileLines.length, column: fileLines[fileLines.length - 1]!.length + 1 });
              }
            } else {
              // Random bytes: either reported, or read as JSON (rarely) and returned from this file.
              expect(mine.length > 0 || records.length > 0 || Buffer.from(content.bytes).toString('utf8').replace(/^\uFEFF/, '').trim() === '[]').toBe(true);
            }
          }

          // Then the checker: the good files' records are kept without a problem.
          const problems = validatePartnerships(loaded.records, CONTEXT);
          for (const [, content] of written) {
            if (content.kind !== 'valid') continue;
            for (const record of content.records) expect(problems.filter((p) => p.record === record.id)).toEqual([]);
          }
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: RUNS },
    );
  });
});
