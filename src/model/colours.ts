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
