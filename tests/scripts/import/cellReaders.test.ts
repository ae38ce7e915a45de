import { describe, expect, it } from 'vitest';
import { hostOf, readDate, readSourceNumber, readStatus, readYear, splitParallel, splitUrls } from '../../../scripts/import/cellReaders';

describe('cell readers', () => {
  it('readYear', () => {
    expect(readYear('2016')).toEqual({ value: 2016 });
    expect(readYear('')).toEqual({ value: null });
    expect(readYear('-')).toEqual({ value: null });
    expect(readYear('2016/17')).toEqual({ value: 2016, note: 'read the financial year "2016/17" as 2016' });
    expect(readYear('April 2016')).toEqual({ value: 2016, note: 'read "April 2016" as 2016' });
    expect(readYear('2016 or 2017')).toHaveProperty('error');
  });

  it('readStatus', () => {
    expect(readStatus('Active', null)).toEqual({ value: 'active' });
    expect(readStatus('wound up', 2019)).toEqual({ value: 'ended' });
    expect(readStatus('', 2019)).toMatchObject({ value: 'ended' });
    expect(readStatus('', null)).toMatchObject({ value: 'unknown' });
  });

  it('readDate', () => {
    expect(readDate('2017-06-20')).toEqual({ value: '2017-06-20' });
    expect(readDate('20/06/2017')).toMatchObject({ value: '2017-06-20' });
    expect(readDate('Nov-15')).toEqual({ value: '2015-11' });
    expect(readDate('3 March 2013')).toEqual({ value: '2013-03-03' });
    expect(readDate('n/a')).toEqual({ value: undefined });
    expect(readDate('last year')).toHaveProperty('error');
  });

  it('splitUrls', () => {
    expect(splitUrls('https://a.gov.uk/1; https://b.gov.uk/2\nhttp://c.gov.uk/3 https://d.gov.uk/4;https://e.gov.uk/5;')).toEqual([
      'https://a.gov.uk/1',
      'https://b.gov.uk/2',
      'http://c.gov.uk/3',
      'https://d.gov.uk/4',
      'https://e.gov.uk/5',
    ]);
    expect(splitUrls('https://democracy.kent.gov.uk/mgAi.aspx?ID=1;2')).toEqual(['https://democracy.kent.gov.uk/mgAi.aspx?ID=1;2']);
  });

  it('splitParallel', () => {
    expect(splitParallel('A; B', 2)).toEqual(['A', 'B']);
    expect(splitParallel('A; B', 1)).toEqual(['A; B']);
    expect(splitParallel('A; B\nC', 2)).toEqual(['A; B', 'C']);
    expect(splitParallel('', 2)).toEqual([]);
  });

  it('readSourceNumber and hostOf', () => {
    expect(readSourceNumber('Source 2')).toEqual({ value: 1 });
    expect(readSourceNumber('')).toEqual({ value: undefined });
    expect(readSourceNumber('0')).toHaveProperty('error');
    expect(hostOf('https://www.kent.gov.uk/a')).toBe('kent.gov.uk');
    expect(hostOf('not an address')).toBeUndefined();
  });
});

// Failures found by tests/scripts/import/importTable.property.test.ts, kept as examples.
describe('cell readers: found by the property tests', () => {
  it('reads "__proto__" and "constructor" in a status cell as what they are: not a status', () => {
    expect(readStatus('__proto__', null)).toEqual({ error: '"__proto__" is not a status: write active, ended or unknown' });
    expect(readStatus('constructor', 2019)).toHaveProperty('error');
  });
});
