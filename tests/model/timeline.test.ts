import { describe, expect, it } from 'vitest';
import { nextPlayYear, playFrom, startsAndEnds, tickStep, undatedCounts, yearTicks } from '../../src/model/timeline';
import { partnership } from '../helpers/appData';

describe('startsAndEnds', () => {
  it('counts starts and ends by year, with a zero for every year between', () => {
    const ps = [
      partnership({ id: 'a', councils: ['x', 'y'], startYear: 2010, endYear: 2012, status: 'ended' }),
      partnership({ id: 'b', councils: ['x', 'y'], startYear: 2010 }),
      partnership({ id: 'c', councils: ['x', 'y'], startYear: null }),
      partnership({ id: 'd', councils: ['x', 'y'], startYear: 2004 }),
    ];
    expect(startsAndEnds(ps, 2009, 2012)).toEqual([
      { year: 2009, started: 0, ended: 0 },
      { year: 2010, started: 2, ended: 0 },
      { year: 2011, started: 0, ended: 0 },
      { year: 2012, started: 0, ended: 1 },
    ]);
  });

  it('says how many it cannot place', () => {
    const ps = [
      partnership({ id: 'a', councils: ['x', 'y'], startYear: null }),
      partnership({ id: 'b', councils: ['x', 'y'], status: 'ended', endYear: null }),
      partnership({ id: 'c', councils: ['x', 'y'], status: 'ended', endYear: 2015 }),
    ];
    expect(undatedCounts(ps)).toEqual({ noStart: 1, endedNoYear: 1 });
  });
});

describe('yearTicks', () => {
  it('labels the ends and every fifth year, none closer than three years to an end', () => {
    expect(yearTicks(2009, 2025)).toEqual([2009, 2015, 2020, 2025]);
    expect(yearTicks(2004, 2025)).toEqual([2004, 2010, 2015, 2020, 2025]);
    expect(yearTicks(2019, 2021)).toEqual([2019, 2021]);
    expect(yearTicks(2020, 2020)).toEqual([2020]);
  });

  it('labels every tenth year over a long span, so the labels fit', () => {
    expect(tickStep(2009, 2025)).toBe(5);
    expect(tickStep(1974, 2025)).toBe(10);
    expect(yearTicks(1974, 2025, tickStep(1974, 2025))).toEqual([1974, 1980, 1990, 2000, 2010, 2025]);
    expect(yearTicks(2011, 2025)).toEqual([2011, 2015, 2020, 2025]);
    expect(yearTicks(2012, 2025)).toEqual([2012, 2015, 2020, 2025]);
    expect(yearTicks(2013, 2025)).toEqual([2013, 2020, 2025]);
    expect(yearTicks(1979, 2019, 10)).toEqual([1979, 1990, 2000, 2010, 2019]);
  });
});

describe('nextPlayYear', () => {
  it('plays from the first year to the last, then stops', () => {
    expect(nextPlayYear(null, 2009, 2025)).toBe(2009);
    expect(nextPlayYear(2009, 2009, 2025)).toBe(2010);
    expect(nextPlayYear(2025, 2009, 2025)).toBeNull();
  });
});

describe('playFrom', () => {
  it('plays on from the year shown, and from the first year after all years or at the end', () => {
    expect(playFrom(2015, 2009, 2025)).toBe(2015);
    expect(playFrom(null, 2009, 2025)).toBe(2009);
    expect(playFrom(2025, 2009, 2025)).toBe(2009);
    expect(playFrom(2000, 2009, 2025)).toBe(2009);
  });
});
