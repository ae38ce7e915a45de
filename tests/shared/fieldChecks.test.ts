import { describe, expect, it } from 'vitest';
import {
  badField,
  indexInto,
  isDay,
  isObject,
  isSourceDate,
  isText,
  listOf,
  nullable,
  oneOf,
  optional,
  quotedChoices,
  shaped,
  shapeOf,
  show,
  wholeNumberIn,
  within,
  isFiniteNumber,
  type Report,
} from '../../src/shared/fieldChecks';
import { PARTNERSHIP_STATUSES } from '../../src/shared/types';

describe('single values', () => {
  it('tells objects from lists and null', () => {
    expect([{}, { a: 1 }].map(isObject)).toEqual([true, true]);
    expect([[], null, 'x', 1].map(isObject)).toEqual([false, false, false, false]);
  });

  it('takes text only when it has more than spaces', () => {
    expect(['a', ' a '].map(isText)).toEqual([true, true]);
    expect(['', '   ', 1, null].map(isText)).toEqual([false, false, false, false]);
  });

  it('takes finite numbers and whole numbers within a range', () => {
    expect([0, -1.5, NaN, Infinity, '1'].map(isFiniteNumber)).toEqual([true, true, false, false, false]);
    const year = wholeNumberIn(1974, 2026);
    expect([1974, 2026, 2000].map(year)).toEqual([true, true, true]);
    expect([1973, 2027, 2000.5, '2000', NaN].map(year)).toEqual([false, false, false, false, false]);
  });

  it('takes an index into a list, and none into an empty one', () => {
    expect([0, 2].map(indexInto(3))).toEqual([true, true]);
    expect([-1, 3, 1.5].map(indexInto(3))).toEqual([false, false, false]);
    expect(indexInto(0)(0)).toBe(false);
  });

  it('takes one of an enumeration, and no look-alike', () => {
    const isStatus = oneOf(PARTNERSHIP_STATUSES);
    expect(isStatus('ended')).toBe(true);
    expect(['Ended', 'paused', ['ended'], null, 'toString'].map(isStatus)).toEqual([false, false, false, false, false]);
  });
});

describe('combinations', () => {
  it('lets optional fields be absent and nullable ones null, and nothing else', () => {
    expect([undefined, 'x'].map(optional(isText))).toEqual([true, true]);
    expect([null, ''].map(optional(isText))).toEqual([false, false]);
    expect([null, 'x'].map(nullable(isText))).toEqual([true, true]);
    expect(nullable(isText)(undefined)).toBe(false);
  });

  it('checks every item of a list', () => {
    expect([[], ['a', 'b']].map(listOf(isText))).toEqual([true, true]);
    expect([['a', ''], 'a', null].map(listOf(isText))).toEqual([false, false, false]);
  });

  it('names the first field of an object that fails, in the order the shape gives them', () => {
    const shape = shapeOf({ id: isText, year: optional(wholeNumberIn(1900, 2200)), tags: listOf(isText) });
    expect(badField({ id: 'a', tags: [] }, shape)).toBeNull();
    expect(badField({ id: '', year: 1800, tags: [] }, shape)).toBe('id');
    expect(badField({ id: 'a', year: 1800 }, shape)).toBe('year');
    expect(shaped({ id: isText })({ id: 'a', other: 1 })).toBe(true);
    expect(shaped({ id: isText })([{ id: 'a' }])).toBe(false);
  });
});

describe('wording', () => {
  it('lists choices as a fix writes them', () => {
    expect(quotedChoices(PARTNERSHIP_STATUSES)).toBe('"active", "ended" or "unknown"');
    expect(quotedChoices(['a', 'b'])).toBe('"a" or "b"');
    expect(quotedChoices(['a'])).toBe('"a"');
  });

  it('quotes any value, even those JSON cannot hold, without throwing', () => {
    expect(show('x')).toBe('"x"');
    expect(show(NaN)).toBe('NaN');
    expect(show(10n)).toBe('10');
    expect(show(undefined)).toBe('undefined');
    expect(show([1n])).toBe('a list that JSON cannot hold');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(show(cyclic)).toBe('a object that JSON cannot hold');
  });

  it('reports the fields inside a field under its name', () => {
    const seen: string[] = [];
    const report: Report = (field, message, fix) => seen.push(`${field}: ${message} (${fix})`);
    within(within(report, 'sources[0]'), 'passages[1]')('text', 'missing', 'quote it');
    expect(seen).toEqual(['sources[0].passages[1].text: missing (quote it)']);
  });
});

describe('dates', () => {
  it('takes source dates of the calendar as YYYY, YYYY-MM or YYYY-MM-DD', () => {
    expect(['2017', '2017-04', '2016-02-29', '0099-01-01'].map(isSourceDate)).toEqual([true, true, true, true]);
    expect(['2017-13', '2017-02-30', '2017-00', '17', '2017/04/01', 2017].map(isSourceDate)).toEqual([false, false, false, false, false, false]);
  });

  it('takes a day only written in full', () => {
    expect(isDay('2026-12-03')).toBe(true);
    expect(['2026-12', '2026', '2026-02-30', '3 December 2026'].map(isDay)).toEqual([false, false, false, false]);
  });
});
