import { describe, expect, it } from 'vitest';
import { countyOf, drawnArea, partnershipsOfCouncil, withPredecessors } from '../../src/model/areas';
import { filterPartnerships } from '../../src/model/filters';
import { drawnCouncils } from '../../src/model/links';
import type { PartnershipSummary } from '../../src/shared/types';
import { makeAppData } from '../helpers/appData';

const data = makeAppData();

describe('areas', () => {
  it('draws a county as its districts of that year', () => {
    expect(drawnArea('E10000029', 2015, data).sort()).toEqual(['E07000200', 'E07000201', 'E07000204']);
    expect(drawnArea('E10000029', 2020, data).sort()).toEqual(['E07000200', 'E07000245']);
  });

  it('draws an abolished council as its successor’s area', () => {
    expect(drawnArea('E07000201', 2020, data)).toEqual(['E07000245']);
    expect(drawnArea('E10000002', 2021, data)).toEqual(['E06000060']);
  });

  it('follows predecessors back through reorganisations', () => {
    expect(withPredecessors('E07000245', data).sort()).toEqual(['E07000201', 'E07000204', 'E07000245']);
  });

  it('gives a council its own and, over all years, its predecessors’ partnerships', () => {
    // The app passes the partnerships the filters let through, the year among them.
    const ids = (code: string, year: number | null) =>
      partnershipsOfCouncil(code, filterPartnerships(data, { services: [], savings: [], status: [], area: null, year }), year, data).map((p) => p.id);
    expect(ids('E07000245', null)).toEqual(['west-suffolk', 'suffolk-ict']);
    expect(ids('E07000245', 2020)).toEqual(['suffolk-ict']);
    expect(ids('E07000201', 2015)).toEqual(['west-suffolk', 'suffolk-ict']);
    expect(ids('E06000060', 2021)).toEqual(['hb-public-law']);
  });

  it('finds from the index exactly what a scan of every partnership shown finds, for every council and year', () => {
    const scan = (code: string, shown: readonly PartnershipSummary[], year: number | null) => {
      if (year != null) return shown.filter((p) => drawnCouncils(p, year, data).includes(code));
      const codes = withPredecessors(code, data);
      return shown.filter((p) => p.councils.some((c) => codes.includes(c)));
    };
    let found = 0;
    for (const year of [null, 2013, 2014, 2015, 2018, 2019, 2020, 2021, 2023, 2025, 2026]) {
      const all = filterPartnerships(data, { services: [], savings: [], status: [], area: null, year });
      const some = all.filter((_, i) => i % 2 === 0);
      for (const shown of [all, some, []]) {
        for (const { code } of data.councils) {
          const fromIndex = partnershipsOfCouncil(code, shown, year, data);
          expect(fromIndex.map((p) => p.id), `${code} in ${year}`).toEqual(scan(code, shown, year).map((p) => p.id));
          found += fromIndex.length;
        }
      }
    }
    // Not a comparison of empty lists.
    expect(found).toBeGreaterThan(50);
  });

  it('offers a district’s county', () => {
    expect(countyOf('E07000200', 2020, data)).toBe('E10000029');
    expect(countyOf('E09000015', 2020, data)).toBeNull();
  });
});
