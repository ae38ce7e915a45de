import { describe, expect, it } from 'vitest';
import {
  distanceKm,
  generateSyntheticPartnerships,
  median,
  partnerDistances,
  shares,
} from '../../../scripts/lib/syntheticPartnerships';
import { CouncilNameIndex } from '../../../src/shared/councilNames';
import { councilExistsIn } from '../../../src/shared/councilYears';
import { LAST_BOUNDARY_YEAR, type Council, type Partnership, type SavingsRecord } from '../../../src/shared/types';
import { validatePartnerships } from '../../../src/shared/validatePartnerships';
import { council } from '../../helpers/councils';

// A small made-up country: six areas spread over the length of the UK, each
// a county with ten districts around it or ten unitary councils, plus a
// council with no shape (never to be used) and councils created or
// abolished part-way (used only in years they existed).

function ring(prefix: string, centre: [number, number], countyCode: string | null, nation: Council['nation']): Council[] {
  return Array.from({ length: 10 }, (_, i) => {
    const angle = (i / 10) * 2 * Math.PI;
    const point: [number, number] = [centre[0] + 0.3 * Math.cos(angle), centre[1] + 0.2 * Math.sin(angle)];
    const code = `${prefix}${String(i + 1).padStart(2, '0')}`;
    return countyCode
      ? council({ code, name: `${code} District Council`, shortName: code, point, counties: [{ county: countyCode }], nation })
      : council({ code, name: `${code} Council`, shortName: code, type: 'unitary', tier: 'unitary', point, nation });
  });
}

const AREAS: { prefix: string; centre: [number, number]; county: boolean; nation: Council['nation'] }[] = [
  { prefix: 'E070001', centre: [-1.3, 50.9], county: true, nation: 'England' },
  { prefix: 'E070002', centre: [0.8, 51.2], county: true, nation: 'England' },
  { prefix: 'E070003', centre: [-1.1, 53.2], county: true, nation: 'England' },
  { prefix: 'E060004', centre: [-2.7, 54.6], county: false, nation: 'England' },
  { prefix: 'S120005', centre: [-3.9, 56.6], county: false, nation: 'Scotland' },
  { prefix: 'W060006', centre: [-3.6, 51.8], county: false, nation: 'Wales' },
];

const COUNCILS: Council[] = [
  ...AREAS.flatMap(({ prefix, centre, county, nation }) => {
    const countyCode = county ? `E100${prefix.slice(4)}00` : null;
    const districts = ring(prefix, centre, countyCode, nation);
    return countyCode
      ? [council({ code: countyCode, name: `${countyCode} County Council`, shortName: countyCode, type: 'county', tier: 'upper', point: centre }), ...districts]
      : districts;
  }),
  council({ code: 'N09000099', name: 'Shapeless Council', shortName: 'Shapeless', type: 'northern-irish', tier: 'unitary', nation: 'Northern Ireland', point: [-6, 54.6], noShape: true }),
  council({ code: 'E06000097', name: 'New Council', shortName: 'New', type: 'unitary', tier: 'unitary', point: [-2.0, 52.5], firstYear: 2023 }),
  council({ code: 'E07000098', name: 'Old District Council', shortName: 'Old', point: [-2.1, 52.6], lastYear: 2019 }),
];

const SERVICES = ['ict', 'legal', 'hr-payroll', 'waste-environment', 'finance'];

function savings(kind: SavingsRecord['kind'], low: number, extra: Partial<SavingsRecord> = {}): SavingsRecord {
  return { quote: 'a figure', source: 0, kind, low, high: low, ...extra };
}

/** Twelve "real" partnerships with a known mix of sizes, services, savings and years. */
const REAL: Partnership[] = [
  ['ict', 2, savings('annual', 500_000), 2011, null, 'active'],
  ['ict', 2, null, 2014, null, 'unknown'],
  ['legal', 2, null, null, null, 'unknown'],
  ['legal', 3, savings('period', 3_000_000, { years: 3 }), 2009, 2019, 'ended'],
  ['hr-payroll', 2, null, 2016, null, 'active'],
  ['hr-payroll', 3, savings('cumulative', 10_000_000, { years: 10 }), 2008, null, 'active'],
  ['waste-environment', 4, null, 2012, 2020, 'ended'],
  ['waste-environment', 2, savings('unclear', 100_000), null, null, 'unknown'],
  ['finance', 5, null, 2017, null, 'active'],
  ['ict', 2, savings('annual', 1_200_000, { qualifier: 'about' }), 2013, null, 'unknown'],
  ['legal', 6, null, 2018, null, 'unknown'],
  ['ict', 12, null, null, null, 'active'],
].map(([service, n, saving, startYear, endYear, status], i) => ({
  id: `real-${i}`,
  name: `Real ${i}`,
  councils: COUNCILS.slice(0, n as number).map((c) => c.code),
  services: [service as string],
  servicesAsWritten: String(service),
  startYear: startYear as number | null,
  endYear: endYear as number | null,
  status: status as Partnership['status'],
  description: 'x',
  savings: saving as SavingsRecord | null,
  sources: [{ title: 't', publisher: 'p', url: 'https://example.com/' }],
  estimate: null,
}));

const byCode = new Map(COUNCILS.map((c) => [c.code, c]));
const generate = (count: number, seed: number | string = 1) => generateSyntheticPartnerships({ count, seed, councils: COUNCILS, real: REAL });
const many = generate(3000, 7);

describe('generateSyntheticPartnerships', () => {
  it('gives the same output for the same seed, and another for another seed', () => {
    expect(JSON.stringify(generate(200, 5))).toBe(JSON.stringify(generate(200, 5)));
    expect(JSON.stringify(generate(200, 6))).not.toBe(JSON.stringify(generate(200, 5)));
  });

  it('makes N records, marked synthetic throughout', () => {
    expect(generate(0)).toEqual([]);
    const records = generate(250);
    expect(records).toHaveLength(250);
    expect(new Set(records.map((p) => p.id)).size).toBe(250);
    expect(records[122]!.id).toBe('synthetic-000123');
    expect(records[122]!.name).toBe('Synthetic partnership 123');
    for (const p of records) {
      expect(p.id).toMatch(/^synthetic-\d{6}$/);
      expect(p.description).toMatch(/synthetic/i);
      expect(p.sources.map((s) => s.url)).toEqual([`https://example.org/synthetic/${Number(p.id.slice(10))}`]);
      if (p.savings) expect(p.savings.quote).toMatch(/^Synthetic figure/);
    }
  });

  it('gives each two to nine partners, mostly two or three', () => {
    const sizes = many.map((p) => p.councils.length);
    expect(Math.min(...sizes)).toBe(2);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(9);
    expect(sizes.filter((n) => n <= 3).length / sizes.length).toBeGreaterThan(0.5);
    expect(sizes.filter((n) => n === 2).length).toBeGreaterThan(sizes.filter((n) => n === 4).length);
    for (const p of many) expect(new Set(p.councils).size).toBe(p.councils.length);
  });

  it('uses only councils that exist, have shapes and stood in the start year', () => {
    for (const p of many) {
      for (const code of p.councils) {
        const c = byCode.get(code);
        expect(c, code).toBeDefined();
        expect(c!.noShape).toBeFalsy();
        expect(councilExistsIn(c!, p.startYear ?? LAST_BOUNDARY_YEAR)).toBe(true);
      }
      if (p.lead) expect(p.councils).toContain(p.lead);
    }
    expect(many.some((p) => p.councils.includes('E07000098'))).toBe(true);
    expect(many.some((p) => p.councils.includes('E06000097'))).toBe(true);
  });

  it('passes the checks every real record passes', () => {
    const problems = validatePartnerships(many, { councils: new CouncilNameIndex(COUNCILS), serviceIds: new Set(SERVICES), currentYear: 2026 });
    expect(problems).toEqual([]);
  });

  it('is mostly local, with districts and their counties, and a few distant partners', () => {
    const { pairs, widest } = partnerDistances(many, byCode);
    const ukLength = distanceKm([-5.7, 50.1], [-3.1, 58.6]); // Land's End to John o' Groats, about 970 km
    expect(median(pairs)).toBeLessThan(ukLength / 10);
    const far = widest.filter((d) => d > 250).length / widest.length;
    expect(far).toBeGreaterThan(0.01);
    expect(far).toBeLessThan(0.15);
    const withCounty = many.filter((p) => {
      const county = p.councils.find((c) => byCode.get(c)!.type === 'county');
      return county && p.councils.some((c) => byCode.get(c)!.counties?.some((l) => l.county === county));
    });
    expect(withCounty.length / many.length).toBeGreaterThan(0.05);
  });

  it('keeps the real mix of service areas, savings and years', () => {
    const close = (actual: Map<string, number>, expected: Map<string, number>, tolerance: number) => {
      for (const key of new Set([...actual.keys(), ...expected.keys()])) {
        expect(Math.abs((actual.get(key) ?? 0) - (expected.get(key) ?? 0)), key).toBeLessThan(tolerance);
      }
    };
    close(shares(many, (p) => p.services), shares(REAL, (p) => p.services), 0.04);
    close(shares(many, (p) => p.savings?.kind ?? 'none'), shares(REAL, (p) => p.savings?.kind ?? 'none'), 0.04);
    close(shares(many, (p) => p.status), shares(REAL, (p) => p.status), 0.04);
    close(shares(many, (p) => String(p.startYear)), shares(REAL, (p) => String(p.startYear)), 0.04);
    // Amounts stay near the real ones (varied by a factor of about 0.5 to 2).
    for (const p of many.filter((x) => x.savings)) {
      const realLows = REAL.filter((r) => r.savings?.kind === p.savings!.kind).map((r) => r.savings!.low);
      expect(realLows.some((low) => p.savings!.low >= low * 0.4 && p.savings!.low <= low * 2.5)).toBe(true);
    }
  });

  it('computes each estimate from its savings and partner count', () => {
    for (const p of many) {
      if (!p.savings || p.savings.kind === 'unclear') expect(p.estimate).toBeNull();
      else if (p.savings.kind === 'annual' && !p.savings.scope) expect(p.estimate).toEqual({ low: p.savings.low, high: p.savings.high });
      else if (p.savings.kind === 'period') expect(p.estimate!.high).toBe(Math.round(p.savings.high / p.savings.years!));
    }
  });
});
