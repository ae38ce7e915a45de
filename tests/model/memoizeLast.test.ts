import { describe, expect, it, vi } from 'vitest';
import { memoizeLast } from '../../src/model/memoizeLast';

describe('memoizeLast', () => {
  it('returns the remembered result, without running, for the same arguments', () => {
    const fn = vi.fn((list: readonly number[], k: number) => list.map((x) => x * k));
    const memo = memoizeLast(fn);
    const list = [1, 2];
    const first = memo(list, 3);
    expect(first).toEqual([3, 6]);
    expect(memo(list, 3)).toBe(first);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs again when any argument is another object or value, and remembers only the last call', () => {
    const fn = vi.fn((list: readonly number[], k: number) => list.map((x) => x * k));
    const memo = memoizeLast(fn);
    const list = [1, 2];
    const first = memo(list, 3);
    expect(memo([1, 2], 3)).not.toBe(first); // equal contents, another array
    expect(memo(list, 4)).toEqual([4, 8]);
    expect(memo(list, 3)).not.toBe(first); // the call with 4 came between
    expect(fn).toHaveBeenCalledTimes(4);
  });

  it('compares with Object.is, so NaN matches itself and a different count of arguments does not match', () => {
    const fn = vi.fn((...args: number[]) => args.length);
    const memo = memoizeLast(fn);
    memo(NaN);
    memo(NaN);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(memo(NaN, 1)).toBe(2);
    expect(fn).toHaveBeenCalledTimes(2);
  });
});
