import { describe, expect, it } from 'vitest';
import { activeInYear, boundaryYearFor, councilsStandingFor, membersInYear } from '../../src/model/years';
import { makeAppData, PARTNERSHIPS } from '../helpers/appData';

const data = makeAppData();
const byId = (id: string) => PARTNERSHIPS.find((p) => p.id === id)!;

describe('years', () => {
  it('draws years before 2014 on the 2014 boundaries and "all years" on the latest', () => {
    expect(boundaryYearFor(2009)).toBe(2014);
    expect(boundaryYearFor(2019)).toBe(2019);
    expect(boundaryYearFor(null)).toBe(2025);
  });

  it('knows which years a partnership ran, leaving out undated ones', () => {
    const westSuffolk = byId('west-suffolk');
    expect(activeInYear(westSuffolk, 2008)).toBe(false);
    expect(activeInYear(westSuffolk, 2009)).toBe(true);
    expect(activeInYear(westSuffolk, 2019)).toBe(true);
    expect(activeInYear(westSuffolk, 2020)).toBe(false);
    expect(activeInYear(byId('cardiff-vale-regulatory'), 2020)).toBe(false);
  });

  it('counts a council as a member only from the year it joined', () => {
    expect(membersInYear(byId('hb-public-law'), 2014)).toEqual(['E09000015', 'E09000003']);
    expect(membersInYear(byId('hb-public-law'), 2016)).toEqual(['E09000015', 'E09000003', 'E10000002']);
    expect(membersInYear(byId('hb-public-law'), null)).toHaveLength(3);
  });

  it('stands a successor in for an abolished council, and nobody in for one not yet abolished', () => {
    expect(councilsStandingFor('E07000201', 2018, data)).toEqual(['E07000201']);
    expect(councilsStandingFor('E07000201', 2019, data)).toEqual(['E07000245']);
    expect(councilsStandingFor('E10000002', 2021, data)).toEqual(['E06000060']);
    expect(councilsStandingFor('E07000245', 2015, data)).toEqual(['E07000245']);
  });
});
