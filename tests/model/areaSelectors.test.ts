import { describe, expect, it } from 'vitest';
import { buildIndexes } from '../../src/data/indexes';
import { createAreaSelectors } from '../../src/model/areaSelectors';
import { NONE_COLOUR } from '../../src/model/councilMetrics';
import { COUNCILS, makeAppData, PARTNERSHIPS, SERVICES } from '../helpers/appData';
import { SQUARES } from '../helpers/boundaryTopology';

const data = makeAppData();

describe('the areas selectors', () => {
  const withShapes = buildIndexes({
    topology: SQUARES,
    councils: COUNCILS,
    services: SERVICES,
    partnerships: PARTNERSHIPS,
    meta: { builtAt: '', counts: { councils: 0, partnerships: 0, councilsByYear: {}, shapesByYear: {} }, sources: [] },
    rejected: [],
  });

  it('colour the year’s shapes by the measure, over the partnerships shown, with a legend of their classes', () => {
    const s = createAreaSelectors();
    const map = s.choropleth(withShapes, withShapes.partnerships, 2018, { kind: 'count' });
    // Babergh is in one partnership in 2018, Harrow in two: two classes, Harrow the darker.
    expect(map.classes.map((c) => [c.from, c.to, c.councils])).toEqual([[1, 2, 1], [2, null, 1]]);
    expect(map.colourOf('E09000015')).not.toBe(map.colourOf('E07000200'));
    const legalOnly = s.choropleth(withShapes, withShapes.partnerships, 2018, { kind: 'service', service: 'legal' });
    expect(legalOnly.colourOf('E07000200')).toBe(NONE_COLOUR);
    expect(legalOnly.none).toBe(1);
  });

  it('remember the choropleth by the measure’s key, not the object', () => {
    const s = createAreaSelectors();
    const first = s.choropleth(withShapes, withShapes.partnerships, 2018, { kind: 'savings' });
    expect(s.choropleth(withShapes, withShapes.partnerships, 2018, { kind: 'savings' })).toBe(first);
    expect(s.values(withShapes, withShapes.partnerships, 2018, { kind: 'savings' }).get('E07000200')).toBeCloseTo((200_000 + 999_999) / 2 / 4);
  });

  it('total by region and nation over every council of the year, and set a council against its region', () => {
    const s = createAreaSelectors();
    const { regions, nations } = s.areaTotals(data, data.partnerships, 2018);
    expect(regions.find((t) => t.area === 'London')).toMatchObject({ partnerships: 2, councilsSharing: 2, councils: 2 });
    expect(nations.find((t) => t.area === 'Wales')).toMatchObject({ partnerships: 1, councils: 2 });
    expect(s.areaTotals(data, data.partnerships, 2018)).toBe(s.areaTotals(data, data.partnerships, 2018));
    expect(s.againstRegion(data, data.partnerships, 2018, 'E09000015')).toMatchObject({ region: 'London', count: 2, rank: 1, of: 2 });
  });
});
