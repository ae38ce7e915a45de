import { scaleOrdinal } from 'd3-scale';
import type { ServiceArea } from '../shared/types';

/** Unknown service areas (none in the checked data) draw grey rather than take a taxonomy colour. */
export const UNKNOWN_SERVICE_COLOUR = '#777777';

/** Colour by service area: an ordinal scale over the taxonomy, in its order. */
export function serviceColourScale(services: readonly ServiceArea[]) {
  return scaleOrdinal<string, string>()
    .domain(services.map((s) => s.id))
    .range(services.map((s) => s.colour))
    .unknown(UNKNOWN_SERVICE_COLOUR);
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
