import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/shared/fieldChecks';
import { isHttpUrl, validateSources } from '../../src/shared/validateSources';

const source = {
  title: 'Deal saves £670k',
  publisher: 'Wendover News',
  date: '2017-04-03',
  url: 'https://www.wendovernews.co.uk/news/deal',
  checked: '2026-12-03',
  passages: [{ text: 'It will save the two councils around £670,000 per year.', supports: ['savings'] }],
};

/** The problems of a record's sources, as "field: message". */
function problemsOf(sources: unknown, currentYear = 2026): string[] {
  const seen: string[] = [];
  const report: Report = (field, message, fix) => {
    expect(fix.length, field).toBeGreaterThan(10);
    seen.push(`${field}: ${message}`);
  };
  validateSources(sources, report, currentYear);
  return seen;
}

describe('validateSources', () => {
  it('passes sources with an address, a title, a publisher and checked passages', () => {
    expect(problemsOf([source, { title: 'T', publisher: 'P', url: 'http://example.org/x' }])).toEqual([]);
  });

  it('needs at least one source', () => {
    for (const sources of [undefined, [], 'https://example.org']) expect(problemsOf(sources)).toEqual(['sources: missing']);
  });

  it('names each broken field of each source', () => {
    expect(problemsOf([source, 'a source', { title: ' ', url: 'javascript:alert(1)', date: '2017-02-30' }])).toEqual([
      'sources[1]: not an object',
      'sources[2].url: "javascript:alert(1)" is not an http(s) address',
      'sources[2].title: missing',
      'sources[2].publisher: missing',
      'sources[2].date: "2017-02-30" is not a date',
    ]);
  });

  it('needs the day passages were checked, a real day not in a later year', () => {
    expect(problemsOf([{ ...source, checked: undefined }])).toEqual(['sources[0].checked: missing: the source has passages']);
    expect(problemsOf([{ ...source, checked: '2026-02-30' }])).toEqual(['sources[0].checked: "2026-02-30" is not a day']);
    expect(problemsOf([{ ...source, checked: '2027-01-01' }])).toEqual(['sources[0].checked: 2027-01-01 is in the future']);
    expect(problemsOf([{ ...source, checked: '2027-01-01' }], 2027)).toEqual([]);
  });

  it('takes passages of one line of quoted text, each backing named claims once', () => {
    const withPassages = (passages: unknown) => problemsOf([{ ...source, passages }]);
    expect(withPassages('It will save')).toEqual(['sources[0].passages: not a list']);
    expect(withPassages([])).toEqual(['sources[0].passages: an empty list']);
    expect(withPassages([null, { text: 'a\nb', supports: ['lead', 'lead', 'partners'] }, { text: 'x'.repeat(601), supports: [] }])).toEqual([
      'sources[0].passages[0]: not an object',
      'sources[0].passages[1].text: has a line break',
      'sources[0].passages[1].supports[1]: "lead" is listed twice',
      'sources[0].passages[1].supports[2]: "partners" is not a claim',
      'sources[0].passages[2].text: is 601 characters long',
      'sources[0].passages[2].supports: missing',
    ]);
  });
});

describe('isHttpUrl', () => {
  it('takes http(s) addresses on a named host only', () => {
    expect(['https://example.org/x', 'http://www.council.gov.uk'].map(isHttpUrl)).toEqual([true, true]);
    expect(['ftp://example.org/x', 'javascript:alert(1)', 'https://localhost/x', 'example.org', 42].map(isHttpUrl)).toEqual([false, false, false, false, false]);
  });
});
