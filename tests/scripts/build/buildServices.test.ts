import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { converter, parse } from 'culori';
import { describe, expect, it } from 'vitest';
import { buildServices, type TaxonomyFile } from '../../../scripts/build/buildServices';
import { closestPair, VISIONS } from '../../../scripts/lib/colourVision';
import { BOUNDARY_COLOURS } from '../../../src/map/palette';
import { contrastRatio } from '../../../src/shared/contrast';

const FAMILIES = [
  { id: 'a', colour: '#111111', label: 'A' },
  { id: 'b', colour: '#222222', label: 'B' },
];
const area = (i: number) => ({ id: `area-${i}`, label: `Area ${i}`, description: '', aliases: [], colourFamily: i % 2 ? 'b' : 'a' });
const taxonomy = (n: number): TaxonomyFile => ({ colourFamilies: FAMILIES, services: Array.from({ length: n }, (_, i) => area(i)) });

describe('buildServices', () => {
  it('gives each area its colour family and the family’s colour', () => {
    const services = buildServices(taxonomy(11));
    expect(services[3]).toEqual({ id: 'area-3', label: 'Area 3', description: '', aliases: [], colour: '#222222', family: 'b' });
    expect(services[4]!.colour).toBe('#111111');
  });

  it('refuses a repeated id or family, an unknown or unused family, a bad or shared colour and a taxonomy of the wrong size', () => {
    expect(() => buildServices({ ...taxonomy(10), services: [...taxonomy(10).services, { ...area(10), id: 'area-0' }] })).toThrow('service id area-0 is used twice');
    expect(() => buildServices({ ...taxonomy(11), colourFamilies: [...FAMILIES, FAMILIES[0]!] })).toThrow('colour family a is given twice');
    expect(() => buildServices({ ...taxonomy(10), services: [...taxonomy(10).services, { ...area(10), colourFamily: 'z' }] })).toThrow('area-10 has colour family z, which colourFamilies does not give');
    expect(() => buildServices({ ...taxonomy(11), colourFamilies: [...FAMILIES, { id: 'c', colour: '#333333', label: 'C' }] })).toThrow('colour families c have no service area');
    expect(() => buildServices({ ...taxonomy(11), colourFamilies: [FAMILIES[0]!, { ...FAMILIES[1]!, colour: 'red' }] })).toThrow('colour family b has colour red');
    expect(() => buildServices({ ...taxonomy(11), colourFamilies: [FAMILIES[0]!, { ...FAMILIES[1]!, colour: '#111111' }] })).toThrow('colour #111111 is given to two families');
    expect(() => buildServices(taxonomy(9))).toThrow('9 service areas; the taxonomy has 10 to 14');
  });
});

// The colours of data/services.json, checked as readers see them on the map:
// drawn as lines of 1 to 8 pixels over the land. Thresholds, in CIEDE2000:
// 20 in normal vision and 12 under each simulated dichromacy (Machado 2009,
// severity 1). On 3-pixel lines, pairs near 10 under simulated deuteranopia
// looked the same, and the eleven-colour sets we tried that keep 3:1 on the
// land stayed near that, which is why the areas share six families. L* of
// 35 or more keeps every line lighter than its dark casing.
const MIN_NORMAL = 20;
const MIN_DICHROMAT = 12;
const MIN_LIGHTNESS = 35;

const file = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'data', 'services.json'), 'utf8')) as TaxonomyFile;
const services = buildServices(file);
const colours = [...new Set(services.map((s) => s.colour))];
const lightness = (hex: string) => converter('lab')(parse(hex)!).l;

/** CARTOColors "Safe", the 11 colours the map drew before: the check must fail them. */
const SAFE_11 = ['#88CCEE', '#CC6677', '#DDCC77', '#117733', '#332288', '#AA4499', '#44AA99', '#999933', '#882255', '#661100', '#6699CC'];

describe('the service colours', () => {
  it('are six families of related areas, each named in the taxonomy', () => {
    expect(colours).toHaveLength(file.colourFamilies.length);
    expect(file.colourFamilies.map((f) => f.id)).toEqual(['management', 'corporate', 'ict', 'customer', 'place', 'people']);
    const family = (id: string) => services.find((s) => s.id === id)!.family;
    expect(['hr-payroll', 'finance', 'audit-fraud', 'legal', 'procurement-assets'].map(family)).toEqual(Array(5).fill('corporate'));
    expect(['waste-environment', 'regulatory'].map(family)).toEqual(['place', 'place']);
  });

  it.each(VISIONS)('differ pair by pair under %s vision by the threshold', (vision) => {
    const pair = closestPair(colours, vision);
    // The README quotes these: `npx vitest run tests/scripts/build/buildServices.test.ts` prints them.
    console.log(`closest pair under ${vision} vision: ${pair.a} and ${pair.b}, ΔE2000 ${pair.difference.toFixed(1)}`);
    expect(pair.difference, `${pair.a} and ${pair.b}`).toBeGreaterThanOrEqual(vision === 'normal' ? MIN_NORMAL : MIN_DICHROMAT);
  });

  it('each stand at 3:1 or more against the land, lighter than a line’s casing', () => {
    for (const colour of colours) {
      expect(contrastRatio(colour, BOUNDARY_COLOURS.fill), colour).toBeGreaterThanOrEqual(3);
      expect(lightness(colour), colour).toBeGreaterThanOrEqual(MIN_LIGHTNESS);
    }
  });

  it('would have failed the 11 colours drawn before, on both counts', () => {
    const safe = SAFE_11.map((c) => c.toLowerCase());
    expect(Math.min(...VISIONS.slice(1).map((v) => closestPair(safe, v).difference))).toBeLessThan(MIN_DICHROMAT);
    expect(safe.filter((c) => contrastRatio(c, BOUNDARY_COLOURS.fill) < 3).length).toBeGreaterThan(0);
  });
});
