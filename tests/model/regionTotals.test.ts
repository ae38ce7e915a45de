import { describe, expect, it } from 'vitest';
import { councilValues } from '../../src/model/councilMetrics';
import { areaTotals, councilAgainstRegion } from '../../src/model/regionTotals';
import { makeAppData, partnership } from '../helpers/appData';

const data = makeAppData();
// On 2018 boundaries: the Suffolk councils (East of England), Bucks (South East), two London boroughs, two Welsh councils.
const drawn2018 = ['E10000029', 'E07000201', 'E07000204', 'E07000200', 'E10000002', 'E09000015', 'E09000003', 'W06000015', 'W06000014'];
const suffolk = partnership({ id: 'suffolk', councils: ['E10000029', 'E07000200'], estimate: { low: 200_000, high: 400_000 } });
const crossBorder = partnership({ id: 'cross', councils: ['E07000200', 'E09000015', 'W06000015', 'E09000003'], estimate: { low: 400_000, high: 400_000 } });
const london = partnership({ id: 'london', councils: ['E09000015', 'E09000003'], estimate: null });

describe('areaTotals', () => {
  const regions = areaTotals([suffolk, crossBorder, london], 2018, 'region', drawn2018, data);
  const byArea = Object.fromEntries(regions.map((t) => [t.area, t]));

  it('counts a partnership once in each region it has a council in', () => {
    expect(byArea['East of England']!.partnerships).toBe(2);
    expect(byArea['London']!.partnerships).toBe(2);
    expect(byArea['Wales']!.partnerships).toBe(1);
  });

  it('adds the region’s councils’ shares, so the regions add up to the whole', () => {
    // Suffolk: 100–200k each to two East of England councils; cross: 100k to each of four councils.
    expect(byArea['East of England']).toMatchObject({ low: 300_000, high: 500_000 });
    expect(byArea['London']).toMatchObject({ low: 200_000, high: 200_000 });
    const sum = regions.reduce((n, t) => n + t.low, 0);
    expect(sum).toBe(200_000 + 400_000);
  });

  it('says how many of the region’s councils share anything', () => {
    expect(byArea['East of England']).toMatchObject({ councils: 4, councilsSharing: 2 });
    expect(byArea['Wales']).toMatchObject({ councils: 2, councilsSharing: 1 });
  });

  it('groups by nation too', () => {
    const nations = Object.fromEntries(areaTotals([crossBorder], 2018, 'nation', drawn2018, data).map((t) => [t.area, t.partnerships]));
    expect(nations).toEqual({ England: 1, Wales: 1 });
  });
});

describe('councilAgainstRegion', () => {
  it('sets a council against the mean and the ranking of its region’s councils', () => {
    const counts = councilValues([suffolk, crossBorder, london], 2018, { kind: 'count' }, data);
    const babergh = councilAgainstRegion('E07000200', counts, drawn2018, data)!;
    // Babergh is in 2; Suffolk County in 1; Forest Heath and St Edmundsbury in none.
    expect(babergh).toEqual({ region: 'East of England', count: 2, regionMean: 0.75, rank: 1, of: 4 });
    expect(councilAgainstRegion('E07000201', counts, drawn2018, data)).toMatchObject({ count: 0, rank: 3 });
  });

  it('has nothing to say of a council not drawn for the year', () => {
    expect(councilAgainstRegion('E07000245', new Map(), drawn2018, data)).toBeNull();
  });
});
