import { describe, expect, it } from 'vitest';
import { buildLinks } from '../../src/model/links';
import { savingsWidthScale } from '../../src/model/linkWidth';
import { GROUP_MIN_COUNCILS, groupArea, groupTint, isGroupLink, MARK_RADIUS_RANGE, partitionLinks, splitByMembership } from '../../src/model/membership';
import { makeAppData, partnership } from '../helpers/appData';

const data = makeAppData();
const five = ['E10000029', 'E07000201', 'E07000204', 'E07000200', 'E10000002'];

describe('splitByMembership', () => {
  it('draws partnerships of fewer than five councils as links and the rest as groups', () => {
    expect(GROUP_MIN_COUNCILS).toBe(5);
    const pair = partnership({ id: 'pair', councils: five.slice(0, 2) });
    const four = partnership({ id: 'four', councils: five.slice(0, 4) });
    const group = partnership({ id: 'group', councils: five });
    const split = splitByMembership([pair, four, group], 2015, data);
    expect(split.linked.map((p) => p.id)).toEqual(['pair', 'four']);
    expect(split.groups.map((g) => g.partnership.id)).toEqual(['group']);
    expect(split.groups[0]!.members).toEqual(five);
  });

  it('puts the mark on the lead council when it is a member, else on the member nearest the others', () => {
    const led = partnership({ id: 'led', councils: five, lead: 'E10000002' });
    expect(splitByMembership([led], 2015, data).groups[0]).toMatchObject({ mark: 'E10000002', markPoint: [-0.8, 51.8] });
    const unled = partnership({ id: 'unled', councils: five });
    // The Suffolk councils sit together; Buckinghamshire is far off: the mark is in Suffolk.
    expect(['E10000029', 'E07000201', 'E07000204', 'E07000200']).toContain(splitByMembership([unled], 2015, data).groups[0]!.mark);
  });

  it('counts the councils drawn for the year: a merger can make a group a set of links', () => {
    // Forest Heath and St Edmundsbury are one council (West Suffolk) from 2019.
    const p = partnership({ id: 'p', councils: five });
    expect(splitByMembership([p], 2015, data).groups).toHaveLength(1);
    expect(splitByMembership([p], 2020, data).linked).toHaveLength(1);
  });
});

describe('partitionLinks', () => {
  const scale = savingsWidthScale(1_000_000);
  it('keeps the links of partnerships of up to four councils as lines and gives each larger one a single mark on its hub', () => {
    const four = partnership({ id: 'four', councils: five.slice(0, 4), services: ['waste'] });
    const group = partnership({ id: 'group', councils: five, lead: 'E10000002', services: ['waste'] });
    const links = buildLinks([four, group], 2015, data, scale);
    expect(links.filter(isGroupLink)).toHaveLength(4);
    const { lines, marks } = partitionLinks(links);
    expect(new Set(lines.map((l) => l.partnership.id))).toEqual(new Set(['four']));
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ code: 'E10000002', point: [-0.8, 51.8], services: ['waste'] });
    expect(marks[0]!.link.partnership.id).toBe('group');
    expect(marks[0]!.radius).toBe(MARK_RADIUS_RANGE[0]);
    // Its members' extent, west, south, east, north: from Buckinghamshire to Suffolk.
    expect(marks[0]!.box).toEqual([-0.8, 51.8, 1.0, 52.35]);
  });

  it('sizes marks modestly by members, by square root, up to a cap', () => {
    const big = (n: number) => ({ ...buildLinks([partnership({ id: 'g', councils: five })], 2015, data, scale)[0]!, members: n });
    const radii = [5, 20, 40, 200].map((n) => partitionLinks([big(n)]).marks[0]!.radius);
    expect(radii[0]).toBeLessThan(radii[1]!);
    expect(radii[1]).toBeLessThan(radii[2]!);
    expect(radii[2]).toBe(MARK_RADIUS_RANGE[1]);
    expect(radii[3]).toBe(MARK_RADIUS_RANGE[1]);
  });
});

describe('groupArea', () => {
  it('gives the areas a group fills (a county’s are its districts), and nothing for a partnership drawn as links', () => {
    const area = groupArea(partnership({ id: 'g', councils: five }), 2015, data)!;
    expect(area).toEqual(expect.arrayContaining(['E07000201', 'E07000204', 'E07000200']));
    expect(area).not.toContain('E10000029');
    expect(groupArea(partnership({ id: 'pair', councils: five.slice(0, 2) }), 2015, data)).toBeNull();
  });
});

describe('groupTint', () => {
  it('tints a group’s areas in the colour of its first service area in taxonomy order, and nothing else', () => {
    const colour = (id: string) => `colour-of-${id}`;
    const order = [...data.serviceOrder.entries()].sort((x, y) => x[1] - y[1]).map(([id]) => id);
    const group = partnership({ id: 'g', councils: five, services: [order[3]!, order[1]!] });
    const tint = groupTint(group, 2015, data, colour)!;
    expect(tint.colour).toBe(`colour-of-${order[1]}`);
    expect([...tint.codes].sort()).toEqual([...groupArea(group, 2015, data)!].sort());
    expect(groupTint(partnership({ id: 'pair', councils: five.slice(0, 2) }), 2015, data, colour)).toBeNull();
    expect(groupTint(null, 2015, data, colour)).toBeNull();
  });
});
