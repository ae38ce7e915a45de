import { describe, expect, it } from 'vitest';
import { readPassageLine } from '../../../scripts/import/readSources';
import { notes, GOOD, run } from '../../helpers/importSheet';

describe('readPassageLine', () => {
  it('reads the source, the claims and the words of a passage line', () => {
    expect(readPassageLine('2 [councils, start year]: The four councils began in 2009.', 3)).toEqual({ value: { source: 1, passage: { text: 'The four councils began in 2009.', supports: ['councils', 'start'] } } });
    expect(readPassageLine('Source 1 [Partners; SAVINGS]: "It saves £1m a year" [sic].', 1)).toEqual({ value: { source: 0, passage: { text: '"It saves £1m a year" [sic].', supports: ['councils', 'savings'] } } });
    expect(readPassageLine('4 [councils]: x', 3)).toEqual({ error: expect.stringContaining('passage of source 4, but there are 3 source URLs') });
    expect(readPassageLine('1 [partnerz]: x', 1)).toEqual({ error: expect.stringContaining('"partnerz" is not a claim a passage can back') });
    expect(readPassageLine('1 [constructor]: x', 1)).toEqual({ error: expect.stringContaining('"constructor" is not a claim') });
    expect(readPassageLine('1 []: x', 1)).toEqual({ error: expect.stringContaining('no claims in "[]"') });
    expect(readPassageLine('The councils agreed.', 1)).toEqual({ error: expect.stringContaining('is not a passage: write "SOURCE [CLAIMS]: passage"') });
  });
});

describe('readSources', () => {
  it('gives each URL its title, publisher, dates and passages, and fills in what is missing', () => {
    const result = run({ ...GOOD, 'source URLs': 'https://www.a.gov.uk/1\nhttps://b.gov.uk/2', 'source titles': 'First\n-', 'source publishers': '', 'source dates': '2016\n20/06/2017', 'source checked': '-\n2026-12-01', 'source passages': '2 [councils]: The councils agreed.' });
    expect(result.records[0]!.sources).toEqual([
      { title: 'First', publisher: 'a.gov.uk', date: '2016', url: 'https://www.a.gov.uk/1' },
      { title: 'Source (no title given)', publisher: 'b.gov.uk', date: '2017-06-20', url: 'https://b.gov.uk/2', checked: '2026-12-01', passages: [{ text: 'The councils agreed.', supports: ['councils'] }] },
    ]);
    expect(result.counts.filled).toBe(3);
    expect(notes(result)).toContain('row 2, source titles: no title for source 2: filled in "Source (no title given)"');
  });
});
