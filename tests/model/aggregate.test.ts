import { describe, expect, it } from 'vitest';
import { groupLinks, shouldGroup } from '../../src/model/aggregate';
import { buildLinks, savingsWidthScale } from '../../src/model/links';
import { makeAppData, partnership } from '../helpers/appData';

const data = makeAppData();
const links = buildLinks(
  [
    partnership({ id: 'a', councils: ['E09000015', 'W06000015'], services: ['legal'], estimate: { low: 100, high: 200 } }),
    partnership({ id: 'b', councils: ['E09000003', 'W06000014'], services: ['legal', 'ict'] }),
    partnership({ id: 'c', councils: ['E09000015', 'E09000003'], services: ['ict'], estimate: { low: 5, high: 5 } }),
    // A star of four: three of its links run from Suffolk to London or Wales cells.
    partnership({ id: 'd', councils: ['E10000029', 'E09000015', 'E09000003', 'W06000015'], lead: 'E10000029', services: ['hr-payroll'], estimate: { low: 10, high: 10 } }),
  ],
  null,
  data,
  savingsWidthScale(1000),
);

// Cells by nation: London boroughs together, Welsh councils together, Suffolk alone.
const cellOf = (code: string) => (code.startsWith('E09') ? 'london' : code.startsWith('W') ? 'wales' : code);

describe('groupLinks', () => {
  const groups = groupLinks(links, cellOf);
  const byKey = Object.fromEntries(groups.map((g) => [g.key, g]));

  it('joins links between the same two cells, and leaves out links within a cell', () => {
    expect(Object.keys(byKey).sort()).toEqual(['E10000029|london', 'E10000029|wales', 'london|wales']);
  });

  it('counts partnerships once each, sums their savings, and counts those without a figure', () => {
    expect(byKey['london|wales']).toMatchObject({ count: 2, low: 100, high: 200, unknown: 1 });
    // The star's two links into London are one partnership in one group.
    expect(byKey['E10000029|london']).toMatchObject({ count: 1, low: 10, high: 10, unknown: 0, partnershipIds: ['d'] });
  });

  it('lists the commonest service areas first', () => {
    expect(byKey['london|wales']!.services).toEqual(['legal', 'ict']);
  });

  it('ends each group at the average point of the councils of its cells', () => {
    const harrow = data.councilByCode.get('E09000015')!.point;
    const barnet = data.councilByCode.get('E09000003')!.point;
    const london = byKey['london|wales']!.pointA;
    expect(london[0]).toBeCloseTo((harrow[0] + barnet[0]) / 2, 6);
    expect(london[1]).toBeCloseTo((harrow[1] + barnet[1]) / 2, 6);
  });

  it('makes the same groups, with the same keys and ends, whatever order the links come in', () => {
    const canonical = (list: typeof groups) =>
      list.map((g) => ({ ...g, partnershipIds: [...g.partnershipIds].sort(), services: [...g.services].sort() })).sort((x, y) => (x.key < y.key ? -1 : 1));
    const reversed = groupLinks([...links].reverse(), cellOf);
    const rotated = groupLinks([...links.slice(2), ...links.slice(0, 2)], cellOf);
    expect(canonical(reversed)).toEqual(canonical(groups));
    expect(canonical(rotated)).toEqual(canonical(groups));
  });
});

describe('shouldGroup', () => {
  it('groups only many links, zoomed out', () => {
    const options = { threshold: 3000, maxZoom: 9 };
    expect(shouldGroup(522, 6, options)).toBe(false);
    expect(shouldGroup(25_000, 6, options)).toBe(true);
    expect(shouldGroup(25_000, 9.5, options)).toBe(false);
  });
});
