import { describe, expect, it } from 'vitest';
import { busiestGroups, gridCellOf, GROUPING, groupLinks, LinkGroupsByLevel, linksGrouped, type LinkGroup, type WorldProjection } from '../../src/model/linkGrouping';
import { buildLinks } from '../../src/model/links';
import { savingsWidthScale } from '../../src/model/linkWidth';
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

describe('linksGrouped', () => {
  it('groups only more than 3,000 links, and only below zoom 9', () => {
    expect(GROUPING).toMatchObject({ threshold: 3000, maxZoom: 9 });
    expect(linksGrouped(522, 6)).toBe(false);
    expect(linksGrouped(3000, 6)).toBe(false);
    expect(linksGrouped(3001, 6)).toBe(true);
    expect(linksGrouped(25_000, 8.75)).toBe(true);
    expect(linksGrouped(25_000, 9)).toBe(false);
    expect(linksGrouped(25_000, 9.5)).toBe(false);
  });
});

// A plain projection for the tests (the map gives Leaflet's Web Mercator): a degree is 2^level pixels.
const project: WorldProjection = ([lon, lat], level) => ({ x: (lon + 180) * 2 ** level, y: (90 - lat) * 2 ** level });

describe('gridCellOf', () => {
  it('is the 28-pixel cell of a point in world pixels', () => {
    expect(GROUPING.cellSize).toBe(28);
    expect(gridCellOf({ x: 0, y: 27.9 })).toBe('0:0');
    expect(gridCellOf({ x: 56, y: 28 })).toBe('2:1');
  });

  it('puts near councils in one cell zoomed out and apart zoomed in', () => {
    const harrow = data.councilByCode.get('E09000015')!.point;
    const barnet = data.councilByCode.get('E09000003')!.point;
    expect(gridCellOf(project(harrow, 4))).toBe(gridCellOf(project(barnet, 4)));
    expect(gridCellOf(project(harrow, 10))).not.toBe(gridCellOf(project(barnet, 10)));
  });
});

const group = (key: string, count: number): LinkGroup => ({ key, count, pointA: [0, 0], pointB: [1, 1], partnershipIds: [], low: 0, high: 0, unknown: 0, services: [] });

describe('busiestGroups', () => {
  it('keeps the busiest first, ties by key, and drops groups of a single partnership', () => {
    const picked = busiestGroups([group('b', 3), group('a', 3), group('c', 9), group('d', 1)]);
    expect(picked.map((g) => g.key)).toEqual(['c', 'a', 'b']);
  });

  it('keeps at most 500, none under 1% of the busiest', () => {
    const many = Array.from({ length: 700 }, (_, i) => group(`g${String(i).padStart(3, '0')}`, i === 0 ? 1000 : 10 + (i % 3)));
    const picked = busiestGroups(many);
    expect(picked).toHaveLength(GROUPING.maxGroups);
    expect(busiestGroups([group('big', 1000), group('small', 9), group('enough', 10)]).map((g) => g.key)).toEqual(['big', 'enough']);
  });
});

describe('LinkGroupsByLevel', () => {
  it('groups the links at a level once, and again after the links change', () => {
    const byLevel = new LinkGroupsByLevel(project);
    byLevel.setLinks(links);
    expect(byLevel.has(5)).toBe(false);
    const first = byLevel.at(5);
    expect(byLevel.has(5)).toBe(true);
    expect(byLevel.at(5)).toBe(first);
    expect(first.total).toBeGreaterThanOrEqual(first.groups.length);
    byLevel.setLinks(links.slice(0, 1));
    expect(byLevel.has(5)).toBe(false);
    expect(byLevel.at(5).total).toBe(1);
  });

  it('makes the groups of the grid at that level', () => {
    const byLevel = new LinkGroupsByLevel(project);
    byLevel.setLinks(links);
    const expected = busiestGroups(groupLinks(links, (_code, point) => gridCellOf(project(point, 3))));
    expect(expected.length).toBeGreaterThan(0);
    expect(byLevel.at(3).groups).toEqual(expected);
  });
});
