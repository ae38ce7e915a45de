import { describe, expect, it } from 'vitest';
import { councilExistsIn, firstYearFromStartDate, lastYearFromEndDate } from '../../src/shared/councilYears';

describe('boundary years from register dates', () => {
  it('counts a council created on 1 April as existing that year', () => {
    expect(firstYearFromStartDate('2019-04-01')).toBe(2019);
    expect(firstYearFromStartDate('2024-02-27')).toBe(2024);
    expect(firstYearFromStartDate('2018-11-02')).toBe(2019);
  });

  it('reads both ways the register writes an end date', () => {
    // Buckinghamshire County Council: last day 31 March 2020, so 2019 was its last year.
    expect(lastYearFromEndDate('2020-03-31')).toBe(2019);
    // Allerdale: written as the successor's first day, 1 April 2023.
    expect(lastYearFromEndDate('2023-04-01')).toBe(2022);
  });

  it('checks a year against a council’s first and last years', () => {
    expect(councilExistsIn({ lastYear: 2019 }, 2019)).toBe(true);
    expect(councilExistsIn({ lastYear: 2019 }, 2020)).toBe(false);
    expect(councilExistsIn({ firstYear: 2020 }, 2019)).toBe(false);
    expect(councilExistsIn({}, 1990)).toBe(true);
  });
});
