import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData, type BuildResult } from '../../scripts/build/bundleData';
import type { BoundaryProperties } from '../../src/shared/boundaries';
import { boundaryGeometries, shapeInYear } from '../../src/shared/boundaries';
import { councilExistsIn } from '../../src/shared/councilYears';
import { LAST_BOUNDARY_YEAR } from '../../src/shared/types';

// The whole data build over the real sources in ../shared/sources and the
// real curated data, into a temporary folder.

const root = join(__dirname, '..', '..');
let outDir: string;
let result: BuildResult;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'ssm-build-'));
  result = await buildData({ projectRoot: root, dataDir: join(root, 'data'), outDir, sourcesDir: process.env.SOURCES_DIR });
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function layer(name: 'ltla' | 'cty'): BoundaryProperties[] {
  return boundaryGeometries(result.topology, name).map((g) => g.properties);
}

describe('data build over the real sources', () => {
  it('has the ONS counts of areas per year (SOURCE.md)', () => {
    const expected: Record<number, [number, number]> = { 2014: [391, 27], 2019: [382, 26], 2020: [379, 25], 2021: [374, 24], 2023: [361, 21], 2025: [361, 21] };
    for (const [year, [ltla, cty]] of Object.entries(expected)) {
      expect(result.meta.counts.shapesByYear[year], `year ${year}`).toEqual({ ltla, cty });
    }
  });

  it('uses the current Scottish codes for Glasgow and North Lanarkshire', () => {
    const codes = layer('ltla').map((p) => p.c);
    expect(codes).toContain('S12000049');
    expect(codes).toContain('S12000050');
    expect(codes).not.toContain('S12000044');
    expect(codes).not.toContain('S12000046');
  });

  it('draws Buckinghamshire County Council until 2019 and Buckinghamshire Council from 2020', () => {
    const county = layer('cty').find((p) => p.c === 'E10000002')!;
    expect(shapeInYear(county, 2019)).toBe(true);
    expect(shapeInYear(county, 2020)).toBe(false);
    const unitary = layer('ltla').find((p) => p.c === 'E06000060')!;
    expect(shapeInYear(unitary, 2019)).toBe(false);
    expect(shapeInYear(unitary, 2020)).toBe(true);
  });

  it('gives every council the fields the app needs, and a drawn shape to all but the old Northern Irish councils', () => {
    const hampshire = result.councils.find((c) => c.code === 'E10000014')!;
    expect(hampshire).toMatchObject({ name: 'Hampshire County Council', shortName: 'Hampshire', type: 'county', tier: 'upper', region: 'South East', nation: 'England' });
    const winchester = result.councils.find((c) => c.shortName === 'Winchester')!;
    expect(winchester.counties).toEqual([{ county: 'E10000014' }]);
    const bucks = result.councils.find((c) => c.code === 'E10000002')!;
    expect(bucks).toMatchObject({ lastYear: 2019, successors: ['E06000060'] });
    const withoutShape = result.councils.filter((c) => c.noShape).map((c) => c.code);
    expect(withoutShape.every((code) => code.startsWith('NIR-'))).toBe(true);
    for (const council of result.councils) {
      const [lon, lat] = council.point;
      expect(lon, council.name).toBeGreaterThan(-9);
      expect(lon, council.name).toBeLessThan(2);
      expect(lat, council.name).toBeGreaterThan(49.8);
      expect(lat, council.name).toBeLessThan(61);
    }
  });

  it('includes every council of every year 2014–2025', () => {
    for (let year = 2014; year <= LAST_BOUNDARY_YEAR; year++) {
      const existing = result.councils.filter((c) => councilExistsIn(c, year));
      expect(existing.length).toBe(result.meta.counts.councilsByYear[year]);
    }
    expect(result.meta.counts.councilsByYear[2025]).toBe(382);
  });

  it('resolves every council of every partnership', () => {
    const codes = new Set(result.councils.map((c) => c.code));
    for (const p of result.partnerships) for (const code of p.councils) expect(codes.has(code), `${p.id}: ${code}`).toBe(true);
  });

  it('writes the details a partnership to a line, which the app parses in steps (src/shared/jsonByLine.ts)', () => {
    const text = readFileSync(join(outDir, 'partnership-details.json'), 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines.length).toBe(result.partnerships.length + 2);
    expect(Object.keys(JSON.parse(text)).sort()).toEqual(result.partnerships.map((p) => p.id).sort());
  });

  it('keeps the geometry for the current year within 250 KB gzipped', () => {
    const text = readFileSync(join(outDir, 'boundaries.topo.json'));
    // The whole file holds every year; if it fits, the current year does.
    expect(gzipSync(text, { level: 9 }).length).toBeLessThanOrEqual(250 * 1024);
  });
});
