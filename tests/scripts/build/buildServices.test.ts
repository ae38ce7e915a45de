import { describe, expect, it } from 'vitest';
import { buildServices, SERVICE_PALETTE } from '../../../scripts/build/buildServices';

const area = (i: number) => ({ id: `area-${i}`, label: `Area ${i}`, description: '', aliases: [], palettePosition: i });
const taxonomy = (n: number) => ({ services: Array.from({ length: n }, (_, i) => area(i)) });

describe('buildServices', () => {
  it('gives each area the colour at its palette position, an 11-colour colour-blind-safe palette', () => {
    expect(SERVICE_PALETTE).toHaveLength(11);
    const services = buildServices(taxonomy(11));
    expect(services[3]).toEqual({ id: 'area-3', label: 'Area 3', description: '', aliases: [], colour: SERVICE_PALETTE[3] });
    expect(new Set(services.map((s) => s.colour)).size).toBe(11);
  });

  it('refuses a repeated id or position, a position outside the palette and a taxonomy of the wrong size', () => {
    expect(() => buildServices({ services: [...taxonomy(10).services, { ...area(10), id: 'area-0' }] })).toThrow('service id area-0 is used twice');
    expect(() => buildServices({ services: [...taxonomy(10).services, { ...area(10), palettePosition: 2 }] })).toThrow('palette position 2 is used twice');
    expect(() => buildServices({ services: [...taxonomy(10).services, area(11)] })).toThrow('area-11 has palette position 11, outside 0–10');
    expect(() => buildServices(taxonomy(9))).toThrow('9 service areas; the taxonomy has 10 to 14');
  });
});
