import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortList } from '../../src/model/listSummary';

describe('shortList', () => {
  it('keeps a list that fits whole', () => {
    expect(shortList(['a', 'b', 'c'], 3)).toEqual({ shown: ['a', 'b', 'c'], more: 0 });
  });

  it('cuts a long list to its first items and counts the rest, the count taking one place', () => {
    expect(shortList(['a', 'b', 'c', 'd', 'e'], 3)).toEqual({ shown: ['a', 'b'], more: 3 });
  });

  it('never loses or invents an item, and never takes more than max places', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 60 }), fc.integer({ min: 1, max: 20 }), (items, max) => {
        const { shown, more } = shortList(items, max);
        expect(shown.length + more).toBe(items.length);
        expect(shown.length + (more > 0 ? 1 : 0)).toBeLessThanOrEqual(max);
        expect(shown).toEqual(items.slice(0, shown.length));
        expect(more === 0 || more >= 2).toBe(true);
      }),
    );
  });
});
