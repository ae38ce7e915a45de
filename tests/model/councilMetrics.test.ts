import { describe, expect, it } from 'vitest';
import { CLASS_COLOURS, choropleth, classBreaks, councilValues, NONE_COLOUR, roundToOneTwoFive } from '../../src/model/councilMetrics';
import { makeAppData, partnership } from '../helpers/appData';

const data = makeAppData();
const ict = partnership({ id: 'ict', councils: ['E07000201', 'E07000200'], services: ['ict'], estimate: { low: 100_000, high: 300_000 } });
const legal = partnership({ id: 'legal', councils: ['E07000204', 'E07000200', 'E10000029'], services: ['legal'], estimate: null });

describe('councilValues', () => {
  it('counts the partnerships each council is in', () => {
    expect(Object.fromEntries(councilValues([ict, legal], 2015, { kind: 'count' }, data))).toEqual({ E07000201: 1, E07000200: 2, E07000204: 1, E10000029: 1 });
  });

  it('counts only the chosen service', () => {
    expect(Object.fromEntries(councilValues([ict, legal], 2015, { kind: 'service', service: 'legal' }, data))).toEqual({ E07000204: 1, E07000200: 1, E10000029: 1 });
  });

  it('adds each council’s share of the yearly savings (midpoint), leaving out partnerships with no estimate', () => {
    expect(Object.fromEntries(councilValues([ict, legal], 2015, { kind: 'savings' }, data))).toEqual({ E07000201: 100_000, E07000200: 100_000 });
  });

  it('works on the year’s boundaries: an abolished council counts towards its successor, once per partnership', () => {
    const both = partnership({ id: 'both', councils: ['E07000201', 'E07000204'], services: ['management'] });
    expect(Object.fromEntries(councilValues([both, ict], 2020, { kind: 'count' }, data))).toEqual({ E07000245: 2, E07000200: 1 });
    // With no year, the latest boundaries.
    expect(councilValues([both], null, { kind: 'count' }, data).get('E07000245')).toBe(1);
  });
});

describe('councilValues, a council that left', () => {
  // Babergh (E07000200) left in 2016; the other two stand in 2025 as West Suffolk (E07000245).
  const left = partnership({ id: 'left', councils: ['E07000201', 'E07000200', 'E07000204'], services: ['ict'], estimate: { low: 90_000, high: 90_000 }, membershipChanges: [{ council: 'E07000200', left: 2016, source: 0 }] });

  it('counts with all years (as its list of partnerships shows it), not in a year after it left', () => {
    expect(Object.fromEntries(councilValues([left], null, { kind: 'count' }, data))).toEqual({ E07000245: 1, E07000200: 1 });
    expect(councilValues([left], 2018, { kind: 'count' }, data).has('E07000200')).toBe(false);
    expect(councilValues([left], 2015, { kind: 'count' }, data).get('E07000200')).toBe(1);
  });

  it('shares the savings among the councils counted', () => {
    expect(councilValues([left], 2018, { kind: 'savings' }, data).get('E07000201')).toBe(45_000);
    expect(councilValues([left], 2015, { kind: 'savings' }, data).get('E07000201')).toBe(30_000);
    expect(councilValues([left], null, { kind: 'savings' }, data).get('E07000200')).toBe(45_000);
  });
});

describe('class breaks', () => {
  it('rounds money to 1, 2 or 5 times a power of ten', () => {
    expect([7, 140, 260, 3_600, 48_000, 1_400_000].map(roundToOneTwoFive)).toEqual([5, 100, 200, 5_000, 50_000, 1_000_000]);
  });

  it('puts breaks at the quantiles, whole for counts, rising and within the values', () => {
    const values = [1, 1, 1, 2, 2, 3, 4, 5, 7, 9, 12, 15, 20, 31];
    const breaks = classBreaks(values, { kind: 'count' });
    expect(breaks).toEqual([2, 3, 7, 15]);
    expect(breaks.length).toBe(CLASS_COLOURS.length - 1);
  });

  it('gives fewer classes when the values allow no more', () => {
    expect(classBreaks([1, 1, 1, 1], { kind: 'count' })).toEqual([]);
    expect(classBreaks([1, 1, 2, 2], { kind: 'count' })).toEqual([2]);
    expect(classBreaks([], { kind: 'savings' })).toEqual([]);
  });
});

describe('choropleth', () => {
  it('colours each council by its class, councils in nothing apart, and counts the councils in each class', () => {
    const values = new Map([['a', 1], ['b', 2], ['c', 2], ['d', 9]]);
    const map = choropleth(values, ['a', 'b', 'c', 'd', 'e'], { kind: 'count' });
    expect(map.colourOf('e')).toBe(NONE_COLOUR);
    expect(map.none).toBe(1);
    expect(map.classes.reduce((n, c) => n + c.councils, 0)).toBe(4);
    // Darker for more: the top class takes the darkest colour.
    expect(map.colourOf('d')).toBe(CLASS_COLOURS[CLASS_COLOURS.length - 1]);
    expect(map.colourOf('a')).not.toBe(map.colourOf('d'));
    // Classes cover the range without gaps: each starts where the last ended.
    for (let i = 1; i < map.classes.length; i++) expect(map.classes[i]!.from).toBe(map.classes[i - 1]!.to);
    expect(map.classes[map.classes.length - 1]!.to).toBeNull();
  });
});
