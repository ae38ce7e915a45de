import { describe, expect, it } from 'vitest';
import type { LinkGroup } from '../../src/model/linkGrouping';
import { tooltipFacts } from '../../src/model/tooltipFacts';
import { makeAppData } from '../helpers/appData';

const data = makeAppData();
const byId = (id: string) => data.partnershipById.get(id)!;

describe('tooltipFacts', () => {
  it('gives a group its count, services and summed savings, or no savings when none of its partnerships has a figure', () => {
    const group: LinkGroup = { key: 'a|b', pointA: [0, 0], pointB: [1, 1], count: 3, partnershipIds: ['x', 'y', 'z'], low: 100, high: 300, unknown: 1, services: ['ict', 'legal'] };
    expect(tooltipFacts({ kind: 'group', group }, data, data.partnerships, null)).toEqual({ kind: 'group', count: 3, services: ['ict', 'legal'], savings: { low: 100, high: 300 } });
    expect(tooltipFacts({ kind: 'group', group: { ...group, unknown: 3 } }, data, data.partnerships, null)).toMatchObject({ savings: null });
  });

  it('lists a cluster’s partnerships by name, with their services, in alphabetical order', () => {
    const marks = [{ partnership: byId('suffolk-ict') }, { partnership: { ...byId('suffolk-ict'), id: 'a', name: 'Anglia Waste', services: ['waste'] } }];
    expect(tooltipFacts({ kind: 'cluster', marks }, data, data.partnerships, null)).toEqual({
      kind: 'cluster',
      partnerships: [
        { name: 'Anglia Waste', services: ['waste'] },
        { name: 'Suffolk ICT', services: ['ict', 'hr-payroll'] },
      ],
    });
  });

  it('names a link’s councils as drawn in the year shown', () => {
    const link = { partnership: byId('suffolk-ict') };
    expect(tooltipFacts({ kind: 'link', link }, data, data.partnerships, null)).toEqual({
      kind: 'link',
      name: 'Suffolk ICT',
      councils: ['E10000029', 'E07000201', 'E07000204', 'E07000200'],
      services: ['ict', 'hr-payroll'],
      estimate: { low: 200_000, high: 999_999 },
      years: { status: 'unknown', statusAsOf: undefined, startYear: 2014, endYear: null },
    });
    // By 2020 Forest Heath and St Edmundsbury were one council, West Suffolk.
    const in2020 = tooltipFacts({ kind: 'link', link }, data, data.partnerships, 2020);
    expect(in2020.kind === 'link' && [...in2020.councils].sort()).toEqual(['E07000200', 'E07000245', 'E10000029']);
  });

  it('gives a council its county, and the count, services and savings of its partnerships among those shown', () => {
    expect(tooltipFacts({ kind: 'council', code: 'E07000201' }, data, data.partnerships, 2015)).toEqual({
      kind: 'council',
      code: 'E07000201',
      county: 'E10000029',
      partnerships: 2,
      services: ['management', 'ict', 'hr-payroll'],
      savings: { low: 3_700_000, high: 4_499_999 },
    });
    const onlyIct = [byId('suffolk-ict')];
    expect(tooltipFacts({ kind: 'council', code: 'E07000201' }, data, onlyIct, 2015)).toMatchObject({ partnerships: 1, services: ['ict', 'hr-payroll'] });
  });

  it('gives a unitary no county, and a council with no partnership shown no services or savings', () => {
    expect(tooltipFacts({ kind: 'council', code: 'E09000015' }, data, [], null)).toEqual({
      kind: 'council',
      code: 'E09000015',
      county: null,
      partnerships: 0,
      services: [],
      savings: null,
    });
  });
});
