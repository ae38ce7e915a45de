import { Safe } from 'cartocolor';
import type { ServiceArea } from '../../src/shared/types';

interface TaxonomyFile {
  services: (Omit<ServiceArea, 'colour'> & { palettePosition: number })[];
}

/** CARTOColors "Safe" with 11 classes: a colour-blind-safe qualitative palette (after Paul Tol). */
export const SERVICE_PALETTE: readonly string[] = Safe[11]!.slice(0, 11);

/** The taxonomy from data/services.json, with each area's colour from the palette. */
export function buildServices(taxonomy: TaxonomyFile): ServiceArea[] {
  const ids = new Set<string>();
  const positions = new Set<number>();
  const services = taxonomy.services.map(({ palettePosition, ...service }) => {
    if (ids.has(service.id)) throw new Error(`data/services.json: service id ${service.id} is used twice`);
    if (positions.has(palettePosition)) throw new Error(`data/services.json: palette position ${palettePosition} is used twice`);
    const colour = SERVICE_PALETTE[palettePosition];
    if (!colour) throw new Error(`data/services.json: ${service.id} has palette position ${palettePosition}, outside 0–${SERVICE_PALETTE.length - 1}`);
    ids.add(service.id);
    positions.add(palettePosition);
    return { ...service, colour };
  });
  if (services.length < 10 || services.length > 14) {
    throw new Error(`data/services.json: ${services.length} service areas; the taxonomy has 10 to 14`);
  }
  return services;
}
