import { describe, expect, it } from 'vitest';
import { datasetStats, formatStats } from '../../../scripts/lib/datasetStats';
import type { PartnershipRecord } from '../../../src/shared/types';

const councils = new Map([
  ['E1', { nation: 'England' as const, region: 'South East' }],
  ['E2', { nation: 'England' as const, region: 'South West' }],
  ['W1', { nation: 'Wales' as const, region: 'Wales' }],
]);

function record(id: string, fields: Partial<PartnershipRecord>): PartnershipRecord {
  return { id, name: id, councils: ['E1', 'E2'], services: ['ict'], servicesAsWritten: 'IT', startYear: 2015, endYear: null, status: 'active', description: 'd', savings: null, sources: [{ url: 'https://example.org', title: 't' }], ...fields } as PartnershipRecord;
}

describe('datasetStats', () => {
  const stats = datasetStats(
    [
      record('a', { councils: ['E1', 'W1'], services: ['ict', 'legal'] }),
      record('b', { councils: ['E1', 'E1', 'E2'], status: 'ended', endYear: 2019, savings: { quote: '£1m a year', source: 0, kind: 'annual', low: 1e6, high: 1e6 } }),
      record('c', { membershipChanges: [{ council: 'E2', left: 2018, source: 0 }] }),
    ],
    councils,
  );

  it('counts a partnership once in each nation, region and service area it touches', () => {
    expect(stats.byNation).toEqual({ England: 3, Wales: 1 });
    expect(stats.byRegion).toEqual({ 'South East': 3, 'South West': 2, Wales: 1 });
    expect(stats.byService).toEqual({ ict: 3, legal: 1 });
  });

  it('counts status, savings figures and membership changes', () => {
    expect(stats.partnerships).toBe(3);
    expect(stats.byStatus).toEqual({ active: 2, ended: 1 });
    expect(stats.withSavings).toBe(1);
    expect(stats.withMembershipChanges).toBe(1);
  });

  it('prints the counts, busiest first', () => {
    const text = formatStats(stats);
    expect(text).toContain('3 partnerships');
    expect(text).toContain('England 3, Wales 1');
    expect(text).toContain('With a savings figure: 1; without: 2');
  });
});
