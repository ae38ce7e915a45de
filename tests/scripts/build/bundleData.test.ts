import { describe, expect, it } from 'vitest';
import { splitPartnerships } from '../../../scripts/build/bundleData';
import type { Partnership } from '../../../src/shared/types';

const base: Partnership = {
  id: 'a-b-legal',
  name: 'A and B legal',
  councils: ['E07000200', 'E10000029'],
  services: ['legal'],
  servicesAsWritten: 'legal services',
  startYear: 2012,
  endYear: null,
  status: 'active',
  description: 'They share a legal team.',
  savings: { quote: 'will save £100,000 a year', source: 0, kind: 'annual', low: 100_000, high: 100_000, target: true },
  estimate: { low: 100_000, high: 100_000 },
  sources: [
    { title: 'Report', publisher: 'A', url: 'https://example.org/1', date: '2016-02-01', passages: [{ text: 'The shared legal team will save £100,000 a year.', supports: ['savings'] }] },
    { title: 'Annual report', publisher: 'B', url: 'https://example.org/2', date: '2021', passages: [{ text: 'The shared legal team handled 900 cases.', supports: ['status'] }] },
  ],
  notes: 'n',
};

describe('splitPartnerships', () => {
  it('puts what the first view needs in the summary and the text in the details', () => {
    const { summaries, details } = splitPartnerships([base]);
    expect(Object.keys(summaries[0]!).sort()).toEqual(['councils', 'endYear', 'estimate', 'figure', 'id', 'name', 'services', 'startYear', 'status', 'statusAsOf']);
    expect(details['a-b-legal']).toMatchObject({ description: 'They share a legal team.', notes: 'n', sources: base.sources });
  });

  it('says whether the savings figure is a target or reported, and the year it was last seen running', () => {
    const [target] = splitPartnerships([base]).summaries;
    expect(target).toMatchObject({ figure: 'target', statusAsOf: 2021 });
    const [reported] = splitPartnerships([{ ...base, savings: { ...base.savings!, target: undefined }, status: 'ended' }]).summaries;
    expect(reported!.figure).toBe('reported');
    expect(reported!.statusAsOf).toBeUndefined();
    const [none] = splitPartnerships([{ ...base, savings: null, estimate: null }]).summaries;
    expect(none!.figure).toBeUndefined();
  });
});
