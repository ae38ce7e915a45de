import type { ServiceArea } from '../shared/types';

/** Unknown service areas (none in the checked data) draw grey rather than take a taxonomy colour. */
export const UNKNOWN_SERVICE_COLOUR = '#777777';

/**
 * Colour by service area: each area's own colour from the taxonomy
 * (data/services.json gives it). A lookup, not a scale: d3's ordinal scale
 * did the same and brought d3-array into the first view.
 */
export function serviceColourScale(services: readonly ServiceArea[]): (serviceId: string) => string {
  const byId = new Map(services.map((s) => [s.id, s.colour]));
  return (serviceId) => byId.get(serviceId) ?? UNKNOWN_SERVICE_COLOUR;
}

/** Service areas that share a colour, in the taxonomy's order: one group per colour family. */
export interface ColourGroup {
  /** The family's id, or the area's own id when the data gives no family. */
  family: string;
  colour: string;
  services: ServiceArea[];
}

/** The taxonomy grouped by colour family, each family where its first area is. */
export function colourGroups(services: readonly ServiceArea[]): ColourGroup[] {
  const groups = new Map<string, ColourGroup>();
  for (const service of services) {
    const family = service.family ?? service.id;
    const group = groups.get(family);
    if (group) group.services.push(service);
    else groups.set(family, { family, colour: service.colour, services: [service] });
  }
  return [...groups.values()];
}
