import { describe, expect, it } from 'vitest';
import { datasetStats, formatStats } from '../../../scripts/lib/datasetStats';
import type { Claim, PartnershipRecord } from '../../../src/shared/types';

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

  it('counts the partnerships of five or more different councils, which the map draws as one mark', () => {
    const many = datasetStats([record('five', { councils: ['E1', 'E2', 'W1', 'E3', 'E4'] }), record('repeated', { councils: ['E1', 'E1', 'E2', 'E2', 'W1'] })], councils);
    expect(many.ofManyCouncils).toBe(1);
    expect(formatStats(many)).toContain('By number of councils: fewer than 5 (drawn as lines) 1, 5 or more (drawn as one mark) 1');
  });

  it('prints the counts, busiest first', () => {
    const text = formatStats(stats);
    expect(text).toContain('3 partnerships');
    expect(text).toContain('England 3, Wales 1');
    expect(text).toContain('By status: active 2, ended 1; known (active or ended) for 3 (100.0%); ended with a year: 1 of 1; active or ended with a year: 3 (100.0%)');
    expect(text).toContain('Savings: 1 give a savings figure (1 with a yearly estimate, 0 with no period, so no yearly estimate); 2 give no savings figure');
  });
});

describe('datasetStats: how old the evidence of running partnerships is', () => {
  const running = (id: string, date?: string) =>
    record(id, { sources: [{ url: 'https://example.org', title: 't', publisher: 'p', ...(date ? { date } : {}), passages: [{ text: 'It runs.', supports: ['status'] }] }] });
  const stats = datasetStats([running('new', '2023-05'), running('mid', '2019'), running('old', '2011'), running('undated'), record('no-passage', {})], councils);

  it('sorts running partnerships by the year of their latest dated source showing them running', () => {
    expect(stats.activeAsOf).toEqual({ recent: 1, from2018: 1, older: 1, undated: 2 });
    expect(formatStats(stats)).toContain('active, by the latest dated source showing it running: 2022 or later 1, 2018 to 2021 1, 2017 or before 1, no dated source');
  });
});

describe('datasetStats: claims and their passages', () => {
  const passage = (text: string, ...supports: Claim[]) => ({ text, supports });
  const quoted = record('quoted', {
    status: 'unknown',
    lead: 'E1',
    savings: { quote: 'about £1m', source: 0, kind: 'unclear', low: 1e6, high: 1e6 },
    sources: [{ url: 'https://example.org/a', title: 't', publisher: 'p', checked: '2026-12-03', passages: [passage('E1 and E2 share IT from 2015, saving about £1m.', 'councils', 'services', 'start', 'savings')] }],
  });
  const bare = record('bare', { status: 'unknown', startYear: null });
  const half = record('half', { sources: [{ url: 'https://example.org/b', title: 't', publisher: 'p', checked: '2026-12-03', passages: [passage('They share IT.', 'services')] }, { url: 'https://example.org/c', title: 't', publisher: 'p' }] });
  const stats = datasetStats([quoted, bare, half], councils);

  it('counts every claim made and those a passage backs, by claim', () => {
    // quoted: councils, services, start, savings backed; lead not. bare: councils, services not.
    // half: services backed; councils, start, status not.
    expect(stats.claims.councils).toEqual({ made: 3, backed: 1 });
    expect(stats.claims.services).toEqual({ made: 3, backed: 2 });
    expect(stats.claims.start).toEqual({ made: 2, backed: 1 });
    expect(stats.claims.status).toEqual({ made: 1, backed: 0 });
    expect(stats.claims.savings).toEqual({ made: 1, backed: 1 });
    expect(stats.claims.lead).toEqual({ made: 1, backed: 0 });
    expect(stats.claims.end).toEqual({ made: 0, backed: 0 });
    expect(stats.recordsBacked).toEqual({ all: 0, some: 2, none: 1 });
    expect(stats.sources).toEqual({ total: 4, withPassages: 2 });
    expect(stats.withUnclearSavings).toBe(1);
  });

  it('prints the share of claims backed, and each kind of claim made', () => {
    const text = formatStats(stats);
    expect(text).toContain('Claims backed by a quoted passage: 5 of 11 (45.5%); without a passage: 6');
    expect(text).toContain('by claim (backed of made): councils 1 of 3, services 2 of 3, start 1 of 2, status 0 of 1, savings 1 of 1, lead 0 of 1');
    expect(text).toContain('Records with every claim backed: 0; with some: 2; with none: 1');
    expect(text).toContain('Sources: 4, of which 2 with quoted passages');
    expect(text).toContain('(0 with a yearly estimate, 1 with no period, so no yearly estimate)');
  });
});
