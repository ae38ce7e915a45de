import { describe, expect, it } from 'vitest';
import { colourGroups, serviceColourScale, UNKNOWN_SERVICE_COLOUR } from '../../src/model/colours';
import type { ServiceArea } from '../../src/shared/types';
import { SERVICES } from '../helpers/appData';

describe('serviceColourScale', () => {
  it('gives each service area its taxonomy colour, and unknown ones grey', () => {
    const colour = serviceColourScale(SERVICES);
    for (const service of SERVICES) expect(colour(service.id)).toBe(service.colour);
    expect(colour('catering')).toBe(UNKNOWN_SERVICE_COLOUR);
  });
});

describe('colourGroups', () => {
  const area = (id: string, colour: string, family?: string): ServiceArea => ({ id, label: id, colour, description: '', aliases: [], ...(family ? { family } : {}) });

  it('groups the areas of one family, where its first area is, and leaves an area without a family alone', () => {
    const groups = colourGroups([area('hr', '#900', 'corporate'), area('ict', '#099', 'ict'), area('legal', '#900', 'corporate'), area('new', '#777')]);
    expect(groups.map((g) => [g.family, g.colour, g.services.map((s) => s.id)])).toEqual([
      ['corporate', '#900', ['hr', 'legal']],
      ['ict', '#099', ['ict']],
      ['new', '#777', ['new']],
    ]);
  });
});
