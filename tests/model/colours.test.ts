import { describe, expect, it } from 'vitest';
import { serviceColourScale, UNKNOWN_SERVICE_COLOUR } from '../../src/model/colours';
import { SERVICES } from '../helpers/appData';

describe('serviceColourScale', () => {
  it('gives each service area its taxonomy colour, and unknown ones grey', () => {
    const colour = serviceColourScale(SERVICES);
    for (const service of SERVICES) expect(colour(service.id)).toBe(service.colour);
    expect(colour('catering')).toBe(UNKNOWN_SERVICE_COLOUR);
  });
});
