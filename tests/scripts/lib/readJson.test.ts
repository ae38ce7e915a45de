import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, lineAndColumn, parseJson } from '../../../scripts/lib/readJson';

describe('parseJson', () => {
  it('parses JSON, with or without a byte-order mark', () => {
    expect(parseJson('\uFEFF{"a": 1}', 'f.json')).toEqual({ a: 1 });
  });

  it('says where malformed JSON goes wrong, by line and column', () => {
    const text = '{\n  "id": "x",\n  "name" "y"\n}';
    try {
      parseJson(text, 'f.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(JsonSyntaxError);
      expect((error as JsonSyntaxError).line).toBe(3);
      expect((error as JsonSyntaxError).column).toBe(10);
      expect((error as Error).message).toMatch(/^f\.json:3:10: malformed JSON/);
    }
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('parseJson with a byte-order mark', () => {
  it('reads past the mark, and places an error where the person sees it', () => {
    expect(parseJson('\uFEFF{"a": 1}', 'f.json')).toEqual({ a: 1 });
    const place = (text: string) => {
      try {
        parseJson(text, 'f.json');
      } catch (error) {
        return [(error as JsonSyntaxError).line, (error as JsonSyntaxError).column];
      }
      return null;
    };
    expect(place('\uFEFF{"a": 1,\n "b": }')).toEqual(place('{"a": 1,\n "b": }'));
    expect(place('\uFEFF{"a": 1,\n "b": }')![0]).toBe(2);
    expect(() => parseJson('\uFEFF', 'f.json')).toThrow(/f\.json:1:1:/);
  });
});
