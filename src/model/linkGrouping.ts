import type { Link, LonLat } from './links';

// When and how links are grouped. At low zoom, tens of thousands of links
// would draw a hairball. Councils that fall in the same cell of a screen
// grid are taken together, and links between the same two cells become one
// group, with the number of partnerships, their summed savings and their
// commonest service areas. The grid is in screen pixels at a whole zoom
// level, so the groups split into smaller ones, and then into single links,
// as the person zooms in; links within a cell wait for a closer zoom.
// (flowmap.gl clusters its locations by zoom in the same spirit.)

export const GROUPING = {
  /** Group only above this many links… */
  threshold: 3000,
  /** …and only below this zoom (about a county filling the view). */
  maxZoom: 9,
  /** Cell size of the grouping grid, in screen pixels. */
  cellSize: 28,
  /**
   * Draw only the busiest groups: at most this many, and none with fewer
   * than 1% of the busiest one's partnerships. With tens of thousands of
   * partnerships nearly every pair of cells has one, and drawing every pair
   * is the hairball again. (flowmap.gl likewise draws its top flows.)
   */
  maxGroups: 500,
  minShare: 0.01,
} as const;

/** Whether links are drawn grouped: only when there are more than a map can show one by one, and only zoomed out. */
export function linksGrouped(linkCount: number, zoom: number): boolean {
  return linkCount > GROUPING.threshold && zoom < GROUPING.maxZoom;
}

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

const MAX_SERVICES = 3;

/**
 * Numbers for the cells of a grid, given as keys: each cell's number, its
 * key, and its point, the mean of the points of the councils in it that
 * have links.
 */
function numberCells(cellOf: (code: string, point: LonLat) => string) {
  const keys: string[] = [];
  const sums: { x: number; y: number; n: number }[] = [];
  const numberOfKey = new Map<string, number>();
  const numberOfCode = new Map<string, number>();
  return {
    keys,
    numberOf(code: string, point: LonLat): number {
      let cell = numberOfCode.get(code);
      if (cell === undefined) {
        const key = cellOf(code, point);
        cell = numberOfKey.get(key);
        if (cell === undefined) {
          cell = keys.length;
          keys.push(key);
          sums.push({ x: 0, y: 0, n: 0 });
          numberOfKey.set(key, cell);
        }
        numberOfCode.set(code, cell);
        const sum = sums[cell]!;
        sum.x += point[0];
        sum.y += point[1];
        sum.n++;
      }
      return cell;
    },
    pointOf(cell: number): LonLat {
      const sum = sums[cell]!;
      return [sum.x / sum.n, sum.y / sum.n];
    },
  };
}

/**
 * Group links by the cells their two ends fall in.
 *
 * This runs over every link shown whenever the links or the zoom level
 * change (a filter, a year), so it works with numbers: each cell gets a
 * number, a pair of cells one number, and a partnership is checked for
 * being counted already only when it is a star (a two-council partnership
 * has one link, so it cannot meet a group twice).
 * @param cellOf the cell of a council, from its code and point (the caller projects at a zoom level)
 */
export function groupLinks(links: readonly Link[], cellOf: (code: string, point: LonLat) => string): LinkGroup[] {
  const cells = numberCells(cellOf);
  const cellFor = cells.numberOf;

  interface Building {
    a: number;
    b: number;
    ids: string[];
    /** Stars' partnerships already counted here. */
    stars: Set<string> | null;
    low: number;
    high: number;
    unknown: number;
    services: Map<string, number>;
  }
  const groups = new Map<number, Building>();
  for (const link of links) {
    const cellA = cellFor(link.a, link.pointA);
    const cellB = cellFor(link.b, link.pointB);
    if (cellA === cellB) continue;
    const a = Math.min(cellA, cellB);
    const b = Math.max(cellA, cellB);
    const pair = a * 0x100000 + b;
    let group = groups.get(pair);
    if (!group) {
      group = { a, b, ids: [], stars: null, low: 0, high: 0, unknown: 0, services: new Map() };
      groups.set(pair, group);
    }
    const p = link.partnership;
    // A star may put several of one partnership's links in the same group: count it once.
    if (link.hub != null) {
      group.stars ??= new Set();
      if (group.stars.has(p.id)) continue;
      group.stars.add(p.id);
    }
    group.ids.push(p.id);
    if (p.estimate) {
      group.low += p.estimate.low;
      group.high += p.estimate.high;
    } else {
      group.unknown++;
    }
    for (const service of link.services) group.services.set(service, (group.services.get(service) ?? 0) + 1);
  }

  const { keys: cellKeys, pointOf: pointOfCell } = cells;
  return [...groups.values()].map((g) => {
    // Ends ordered by the cells' keys, so a group's key and direction do not depend on the order links come in.
    const [a, b] = cellKeys[g.a]! < cellKeys[g.b]! ? [g.a, g.b] : [g.b, g.a];
    return {
      key: `${cellKeys[a]}|${cellKeys[b]}`,
      pointA: pointOfCell(a),
      pointB: pointOfCell(b),
      count: g.ids.length,
      partnershipIds: g.ids,
      low: g.low,
      high: g.high,
      unknown: g.unknown,
      services: [...g.services.entries()]
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
        .slice(0, MAX_SERVICES)
        .map(([service]) => service),
    };
  });
}

/** World pixels of a point at a zoom level, in the map's projection (the map layer gives Leaflet's Web Mercator). */
export type WorldProjection = (point: LonLat, level: number) => { x: number; y: number };

/** The cell of the grouping grid a point falls in, from its world pixels at a whole zoom level. */
export function gridCellOf({ x, y }: { x: number; y: number }): string {
  return `${Math.floor(x / GROUPING.cellSize)}:${Math.floor(y / GROUPING.cellSize)}`;
}

/** The groups to draw, busiest first: at most GROUPING.maxGroups, none with less than GROUPING.minShare of the busiest (and none of one). */
export function busiestGroups(all: readonly LinkGroup[]): LinkGroup[] {
  const sorted = [...all].sort((x, y) => y.count - x.count || (x.key < y.key ? -1 : 1));
  const least = Math.max(2, (sorted[0]?.count ?? 0) * GROUPING.minShare);
  return sorted.filter((g) => g.count >= least).slice(0, GROUPING.maxGroups);
}

/** The groups drawn at a zoom level, and how many there were before the busiest were picked. */
export interface GroupsAtLevel {
  groups: LinkGroup[];
  total: number;
}

/**
 * The groups of a set of links by whole zoom level, made when a level is
 * first asked for (the grid is fixed per level) and again when the links
 * change. Each council's cell is kept by level: councils do not move, so
 * those outlive any change of links.
 */
export class LinkGroupsByLevel {
  private links: readonly Link[] = [];
  private readonly byLevel = new Map<number, GroupsAtLevel>();
  private readonly cellsByLevel = new Map<number, Map<string, string>>();

  constructor(private readonly project: WorldProjection) {}

  setLinks(links: readonly Link[]): void {
    this.links = links;
    this.byLevel.clear();
  }

  has(level: number): boolean {
    return this.byLevel.has(level);
  }

  at(level: number): GroupsAtLevel {
    let made = this.byLevel.get(level);
    if (made) return made;
    let cells = this.cellsByLevel.get(level);
    if (!cells) {
      cells = new Map();
      this.cellsByLevel.set(level, cells);
    }
    const known = cells;
    const all = groupLinks(this.links, (code, point) => {
      let cell = known.get(code);
      if (cell === undefined) {
        cell = gridCellOf(this.project(point, level));
        known.set(code, cell);
      }
      return cell;
    });
    made = { groups: busiestGroups(all), total: all.length };
    this.byLevel.set(level, made);
    return made;
  }
}
