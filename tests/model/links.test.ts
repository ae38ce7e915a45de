import { describe, expect, it } from 'vitest';
import { assignBends, buildLinks, linksByPartnership, starHub } from '../../src/model/links';
import { savingsWidthScale, UNKNOWN_WIDTH, WIDTH_RANGE } from '../../src/model/linkWidth';
import { makeAppData, partnership, PARTNERSHIPS } from '../helpers/appData';

const data = makeAppData();
const scale = savingsWidthScale(4_000_000);

describe('buildLinks', () => {
  it('draws one link for two councils, ordered by code', () => {
    const links = buildLinks([PARTNERSHIPS[3]!], null, data, scale);
    expect(links).toHaveLength(1);
    expect([links[0]!.a, links[0]!.b]).toEqual(['E09000003', 'E09000015']);
    expect(links[0]!.hub).toBeNull();
  });

  it('draws a star from the lead council for more than two', () => {
    const links = buildLinks([PARTNERSHIPS[1]!], null, data, scale);
    expect(links).toHaveLength(3);
    for (const link of links) expect([link.a, link.b]).toContain('E10000029');
    expect(links.every((l) => l.hub === 'E10000029')).toBe(true);
  });

  it('with no lead, draws the star from the council nearest the others', () => {
    const points: Record<string, [number, number]> = { a: [0, 52], b: [1, 52], c: [2, 52], d: [1, 53] };
    expect(starHub(['a', 'b', 'c', 'd'], null, (c) => points[c]!)).toBe('b');
    expect(starHub(['a', 'b', 'c', 'd'], 'c', (c) => points[c]!)).toBe('c');
  });

  it('in a year view, draws councils as they were, with successors for abolished ones', () => {
    const [before] = buildLinks([PARTNERSHIPS[0]!], 2015, data, scale);
    expect([before!.a, before!.b]).toEqual(['E07000201', 'E07000204']);
    // Both merged into West Suffolk in 2019: one council, so nothing to join.
    expect(buildLinks([PARTNERSHIPS[0]!], 2019, data, scale)).toEqual([]);
    const hb2021 = buildLinks([PARTNERSHIPS[2]!], 2021, data, scale);
    expect(hb2021.flatMap((l) => [l.a, l.b])).toContain('E06000060');
    const hb2014 = buildLinks([PARTNERSHIPS[2]!], 2014, data, scale);
    expect(hb2014).toHaveLength(1);
  });

  it('sizes links by savings per council through a square-root scale, and draws unknown savings thin and dashed', () => {
    const [known] = buildLinks([PARTNERSHIPS[0]!], null, data, scale);
    // Its £3.5m a year shared between its two councils: £1.75m each.
    expect(known!.width).toBeCloseTo(WIDTH_RANGE[0] + (WIDTH_RANGE[1] - WIDTH_RANGE[0]) * Math.sqrt(1_750_000 / 4_000_000), 5);
    expect(known!.members).toBe(2);
    expect(known!.unknownSavings).toBe(false);
    const [unknown] = buildLinks([PARTNERSHIPS[3]!], null, data, scale);
    expect(unknown!.width).toBe(UNKNOWN_WIDTH);
    expect(unknown!.unknownSavings).toBe(true);
  });

  it('orders a link’s service areas as the taxonomy does', () => {
    const [link] = buildLinks([PARTNERSHIPS[1]!], null, data, scale);
    expect(link!.services).toEqual(['hr-payroll', 'ict']);
  });

  it('bends links between the same two councils apart, symmetrically, and keeps a lone link straight', () => {
    const twins = [
      partnership({ id: 'p1', councils: ['E09000015', 'E09000003'] }),
      partnership({ id: 'p2', councils: ['E09000003', 'E09000015'] }),
      partnership({ id: 'p3', councils: ['E09000015', 'E09000003'] }),
    ];
    const links = buildLinks(twins, null, data, scale);
    const bends = links.map((l) => l.bend).sort((x, y) => x - y);
    expect(bends[0]).toBeCloseTo(-bends[2]!);
    expect(bends[1]).toBe(0);
    expect(new Set(bends).size).toBe(3);
    const alone = buildLinks([twins[0]!], null, data, scale);
    expect(alone[0]!.bend).toBe(0);
  });

  it('keeps each link’s bend when the others of its pair come and go in the same order', () => {
    const links = buildLinks([partnership({ id: 'b', councils: ['E09000015', 'E09000003'] }), partnership({ id: 'a', councils: ['E09000015', 'E09000003'] })], null, data, scale);
    assignBends(links);
    const byId = Object.fromEntries(links.map((l) => [l.partnership.id, l.bend]));
    expect(byId.a).toBeLessThan(byId.b!);
  });
});

describe('linksByPartnership', () => {
  it('lists each partnership’s links under its id, a star’s spokes together', () => {
    const links = buildLinks([PARTNERSHIPS[1]!, PARTNERSHIPS[3]!], null, data, scale);
    const byId = linksByPartnership(links);
    expect([...byId.keys()]).toEqual(['suffolk-ict', 'harrow-barnet-hr']);
    expect(byId.get('suffolk-ict')!.map((l) => l.key)).toEqual(links.filter((l) => l.partnership.id === 'suffolk-ict').map((l) => l.key));
    expect(byId.get('suffolk-ict')).toHaveLength(3);
  });
});
