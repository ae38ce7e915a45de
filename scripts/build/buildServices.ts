import type { ServiceArea } from '../../src/shared/types';

// Eleven service areas, six colours: related areas share a colour family
// (data/services.json says why, and tests/scripts/build/buildServices.test.ts
// checks the families' colours apart, for colour-blind readers too).

export interface ColourFamily {
  id: string;
  colour: string;
  label: string;
}

export interface TaxonomyFile {
  colourFamilies: ColourFamily[];
  services: (Omit<ServiceArea, 'colour' | 'family'> & { colourFamily: string })[];
}

/** The taxonomy from data/services.json, each area with its family and the family's colour. */
export function buildServices(taxonomy: TaxonomyFile): ServiceArea[] {
  const families = new Map<string, ColourFamily>();
  for (const family of taxonomy.colourFamilies ?? []) {
    if (families.has(family.id)) throw new Error(`data/services.json: colour family ${family.id} is given twice`);
    if (!/^#[0-9a-f]{6}$/.test(family.colour)) throw new Error(`data/services.json: colour family ${family.id} has colour ${family.colour}, not #rrggbb in lower case`);
    if ([...families.values()].some((f) => f.colour === family.colour)) throw new Error(`data/services.json: colour ${family.colour} is given to two families`);
    families.set(family.id, family);
  }
  const ids = new Set<string>();
  const used = new Set<string>();
  const services = taxonomy.services.map(({ colourFamily, ...service }) => {
    if (ids.has(service.id)) throw new Error(`data/services.json: service id ${service.id} is used twice`);
    const family = families.get(colourFamily);
    if (!family) throw new Error(`data/services.json: ${service.id} has colour family ${colourFamily}, which colourFamilies does not give`);
    ids.add(service.id);
    used.add(family.id);
    return { ...service, colour: family.colour, family: family.id };
  });
  const unused = [...families.keys()].filter((id) => !used.has(id));
  if (unused.length) throw new Error(`data/services.json: colour families ${unused.join(', ')} have no service area`);
  if (services.length < 10 || services.length > 14) {
    throw new Error(`data/services.json: ${services.length} service areas; the taxonomy has 10 to 14`);
  }
  return services;
}
