import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseByLine, stringifyByLine } from '../../src/shared/jsonByLine';

const noPause = async () => {};

/** parseByLine's answer, or the error it gives, as JSON.parse's would compare. */
async function outcome(text: string, linesPerStep?: number): Promise<unknown> {
  try {
    return { value: await parseByLine(text, noPause, linesPerStep) };
  } catch (error) {
    return { error: (error as Error).name };
  }
}

function jsonOutcome(text: string): unknown {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: (error as Error).name };
  }
}

describe('stringifyByLine', () => {
  it('writes one member to a line, as JSON any reader takes whole', () => {
    const text = stringifyByLine({ a: { text: 'one\ntwo' }, 'b "quoted"': [1, 2] });
    expect(text).toBe('{\n"a":{"text":"one\\ntwo"},\n"b \\"quoted\\"":[1,2]\n}\n');
    expect(JSON.parse(text)).toEqual({ a: { text: 'one\ntwo' }, 'b "quoted"': [1, 2] });
    expect(stringifyByLine({})).toBe('{}\n');
  });
});

describe('parseByLine', () => {
  it('parses what stringifyByLine writes in steps of so many members, pausing between them', async () => {
    const value = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`p${i}`, { i, name: `Partnership ${i}` }]));
    let pauses = 0;
    const parsed = await parseByLine(stringifyByLine(value), async () => void pauses++, 3);
    expect(parsed).toEqual(value);
    // 7 members, 3 a step: three steps, two pauses.
    expect(pauses).toBe(2);
  });

  it('keeps a "__proto__" member as a member, as JSON.parse does, never as the prototype', async () => {
    const text = '{\n"__proto__":{"polluted":true},\n"a":1\n}\n';
    const parsed = (await parseByLine(text, noPause, 1)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.keys(parsed)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads any other JSON whole, and refuses what JSON.parse refuses', async () => {
    expect(await parseByLine('{"a":1,"b":[2]}', noPause)).toEqual({ a: 1, b: [2] });
    expect(await parseByLine(JSON.stringify({ a: { b: 1 } }, null, 2), noPause)).toEqual({ a: { b: 1 } });
    expect(await parseByLine('[1,2]', noPause)).toEqual([1, 2]);
    // A member over two lines, cut between steps.
    expect(await parseByLine('{\n"a":[1,\n2],\n"b":3\n}', noPause, 1)).toEqual({ a: [1, 2], b: 3 });
    for (const broken of ['{\n"a":1,\n"b":2,\n}', '{\n"a":1\n"b":2\n}', '{\n"a":1,\n"b":\n}', '{\n"a":1,\n', '']) {
      expect(await outcome(broken, 1), broken).toEqual({ error: 'SyntaxError' });
    }
  });

  it('gives what JSON.parse gives, for objects written by line and for any text cut from them', async () => {
    const member = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }));
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string(), member, { maxKeys: 12 }), fc.integer({ min: 1, max: 5 }), fc.nat(), fc.nat(), async (value, step, cutAt, cutLength) => {
        const text = stringifyByLine(value);
        expect(await parseByLine(text, noPause, step)).toEqual(JSON.parse(text));
        const cut = text.slice(0, cutAt % (text.length + 1)) + text.slice((cutAt % (text.length + 1)) + (cutLength % 4));
        expect(await outcome(cut, step)).toEqual(jsonOutcome(cut));
      }),
      { numRuns: 300 },
    );
  });
});
