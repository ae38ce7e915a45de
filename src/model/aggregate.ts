import type { Link, LonLat } from './links';

// At low zoom, tens of thousands of links would draw a hairball. Councils
// that fall in the same cell of a screen grid are taken together, and links
// between the same two cells become one group, with the number of
// partnerships, their summed savings and their commonest service areas.
// The grid is in screen pixels at a whole zoom level, so the groups split
// into smaller ones, and then into single links, as the person zooms in;
// links within a cell wait for a closer zoom. (flowmap.gl clusters its
// locations by zoom in the same spirit.)

export interface LinkGroup {
  /** The two cells, ordered. */
  key: string;
  pointA: LonLat;
  pointB: LonLat;
  /** Distinct partnerships among the grouped links. */
  count: number;
  partnershipIds: readonly string[];
  /** Summed yearly estimates of the partnerships that have one, and how many have none. */
  low: number;
  high: number;
  unknown: number;
  /** Up to three commonest service areas, commonest first. */
  services: readonly string[];
}

/** A cell of the grouping grid: a key, and the point a group's line ends at. */
export interface Cell {
  key: string;
  /** Where the cell's councils are, on average. */
  point: LonLat;
}

const MAX_SERVICES = 3;

/**
 * Group links by the cells their two ends fall in.
 * @param cellOf the cell of a council, from its code and point (the caller projects at a zoom level)
 */
export function groupLinks(links: readonly Link[], cellOf: (code: string, point: LonLat) => string): LinkGroup[] {
  // Each cell's point: the mean of the points of the councils in it that have links.
  const cellSums = new Map<string, { x: number; y: number; n: number; councils: Set<string> }>();
  const cellOfCode = new Map<string, string>();
  const cellFor = (code: string, point: LonLat): string => {
    let cell = cellOfCode.get(code);
    if (cell === undefined) {
      cell = cellOf(code, point);
      cellOfCode.set(code, cell);
      const sum = cellSums.get(cell) ?? { x: 0, y: 0, n: 0, councils: new Set<string>() };
      sum.x += point[0];
      sum.y += point[1];
      sum.n++;
      sum.councils.add(code);
      cellSums.set(cell, sum);
    }
    return cell;
  };

  interface Building {
    a: string;
    b: string;
    ids: Set<string>;
    low: number;
    high: number;
    unknown: number;
    services: Map<string, number>;
  }
  const groups = new Map<string, Building>();
  for (const link of links) {
    const cellA = cellFor(link.a, link.pointA);
    const cellB = cellFor(link.b, link.pointB);
    if (cellA === cellB) continue;
    const [a, b] = cellA < cellB ? [cellA, cellB] : [cellB, cellA];
    const key = `${a}|${b}`;
    let group = groups.get(key);
    if (!group) {
      group = { a, b, ids: new Set(), low: 0, high: 0, unknown: 0, services: new Map() };
      groups.set(key, group);
    }
    const p = link.partnership;
    // A star may put several of one partnership's links in the same group: count it once.
    if (group.ids.has(p.id)) continue;
    group.ids.add(p.id);
    if (p.estimate) {
      group.low += p.estimate.low;
      group.high += p.estimate.high;
    } else {
      group.unknown++;
    }
    for (const service of link.services) group.services.set(service, (group.services.get(service) ?? 0) + 1);
  }

  const pointOfCell = (cell: string): LonLat => {
    const sum = cellSums.get(cell)!;
    return [sum.x / sum.n, sum.y / sum.n];
  };
  return [...groups.entries()].map(([key, g]) => ({
    key,
    pointA: pointOfCell(g.a),
    pointB: pointOfCell(g.b),
    count: g.ids.size,
    partnershipIds: [...g.ids],
    low: g.low,
    high: g.high,
    unknown: g.unknown,
    services: [...g.services.entries()]
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .slice(0, MAX_SERVICES)
      .map(([service]) => service),
  }));
}

/** Whether to group: only when there are more links than a map can show one by one, and only zoomed out. */
export function shouldGroup(linkCount: number, zoom: number, options: { threshold: number; maxZoom: number }): boolean {
  return linkCount > options.threshold && zoom < options.maxZoom;
}
