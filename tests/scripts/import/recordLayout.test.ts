import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatRecordJson, layoutOf, nearestLayout, orderKeysLike, type RecordLayout } from '../../../scripts/import/recordLayout';

const folder = join(__dirname, '..', '..', '..', 'data', 'partnerships');
const committed = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({ file, text: readFileSync(join(folder, file), 'utf8') }));

const record = {
  id: 'east-kent-hr',
  councils: ['E07000106', 'E07000108'],
  startYear: 2009,
  endYear: null,
  savings: { quote: '£2.3m over 5 years', target: true },
  sources: [
    { title: 'A report', url: 'https://example.org/a', passages: [{ text: 'The words.', supports: ['councils', 'start'] }] },
    { title: 'Another', url: 'https://example.org/b' },
  ],
  membershipChanges: [{ council: 'E07000108', left: 2015, source: 1 }],
  notes: undefined,
};

describe('formatRecordJson', () => {
  it('writes two-space JSON with lists of strings or numbers on one line', () => {
    expect(formatRecordJson(record)).toBe(`{
  "id": "east-kent-hr",
  "councils": ["E07000106", "E07000108"],
  "startYear": 2009,
  "endYear": null,
  "savings": {
    "quote": "£2.3m over 5 years",
    "target": true
  },
  "sources": [
    {
      "title": "A report",
      "url": "https://example.org/a",
      "passages": [
        {
          "text": "The words.",
          "supports": ["councils", "start"]
        }
      ]
    },
    {
      "title": "Another",
      "url": "https://example.org/b"
    }
  ],
  "membershipChanges": [
    {
      "council": "E07000108",
      "left": 2015,
      "source": 1
    }
  ]
}
`);
  });

  it('in the other committed layout, writes each passage and membership change on one line, and nothing else', () => {
    const text = formatRecordJson(record, 'one-line-items');
    expect(text).toContain('      "passages": [\n        { "text": "The words.", "supports": ["councils", "start"] }\n      ]');
    expect(text).toContain('  "membershipChanges": [\n    { "council": "E07000108", "left": 2015, "source": 1 }\n  ]');
    expect(text).toContain('    {\n      "title": "Another",\n      "url": "https://example.org/b"\n    }');
  });

  it('gives the same value back, with control characters escaped so that no byte of the file acts on a terminal', () => {
    const hostile = { id: 'x', name: 'a\u001b[31m\u009b\u007f\u2028"\\', list: [] as string[], empty: {} };
    const text = formatRecordJson(hostile);
    expect(JSON.parse(text)).toEqual(hostile);
    expect([...text].filter((ch) => ch !== '\n' && (ch < ' ' || (ch >= '\u007f' && ch <= '\u009f')))).toEqual([]);
    expect(text).toContain('a\\u001b[31m\\u009b\\u007f');
    expect(text).toContain('"list": []');
    expect(text).toContain('"empty": {}');
    const indented = formatRecordJson(record).trimEnd().replace(/^/gm, '  ');
    expect(formatRecordJson([record, record])).toBe(`[\n${indented},\n${indented}\n]\n`);
  });
});

/**
 * Which layout a committed file is in, read from the file itself: a passage
 * or membership change that opens and closes on one line.
 */
function layoutWritten(text: string): RecordLayout {
  return /^\s+\{ ?"(text|council)":.*\}(,)?$/m.test(text) ? 'one-line-items' : 'expanded';
}

describe('the committed files in data/partnerships/', () => {
  it('come back exactly when formatted in their layout, but for the spaces inside a one-line item', () => {
    let exact = 0;
    for (const { file, text } of committed) {
      const formatted = formatRecordJson(JSON.parse(text), layoutWritten(text));
      if (formatted === text) {
        exact++;
        continue;
      }
      // A few files write a membership change as {"council": …} rather than { "council": … }: the only difference allowed.
      const lines = text.split('\n');
      const want = formatted.split('\n');
      expect(lines.length, file).toBe(want.length);
      lines.forEach((line, i) => {
        if (line !== want[i]) expect(line.replace(/^(\s*)\{(?! )/, '$1{ ').replace(/(?<! )\}(,?)$/, ' }$1'), `${file} line ${i + 1}`).toBe(want[i]);
      });
    }
    expect(exact / committed.length).toBeGreaterThan(0.95);
  });

  it('are each in the layout layoutOf finds, when they come back exactly', () => {
    for (const { file, text } of committed) {
      const found = layoutOf(text);
      if (found) expect(found, file).toBe(layoutWritten(text));
      else expect(nearestLayout(text, JSON.parse(text)), file).toBe(layoutWritten(text));
    }
  });
});

describe('layoutOf, nearestLayout and orderKeysLike', () => {
  it('finds no layout for text that is not JSON or laid out otherwise', () => {
    expect(layoutOf('{ "id": ')).toBeNull();
    expect(layoutOf(JSON.stringify(record, null, 2))).toBeNull();
    expect(layoutOf(formatRecordJson(record, 'one-line-items'))).toBe('one-line-items');
    expect(nearestLayout(formatRecordJson(record, 'one-line-items').replace('{ "council"', '{"council"'), record)).toBe('one-line-items');
  });

  it('orders keys as the file being replaced has them, new keys after, changing nothing else', () => {
    const model = { name: 'old', id: 'x', sources: [{ url: 'u', title: 't' }] };
    const ordered = orderKeysLike({ id: 'x', name: 'new', lead: 'E1', sources: [{ title: 'T', url: 'U', date: '2020' }] }, model);
    expect(JSON.stringify(ordered)).toBe('{"name":"new","id":"x","sources":[{"url":"U","title":"T","date":"2020"}],"lead":"E1"}');
  });
});
