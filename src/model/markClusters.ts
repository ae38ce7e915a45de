// Marks whose discs would overlap at the zoom shown become one cluster mark,
// as Leaflet.markercluster and flowmap.blue merge what a map cannot show
// apart: at the whole UK some two hundred groups' rings fall on England, and
// overlapping they were a cloud in which no ring could be read or pointed
// at. Pixel positions and radii in, clusters out; re-run when the zoom
// changes (a pan moves every mark alike, so the clusters stay).

/** A disc in pixels. */
export interface Disc {
  x: number;
  y: number;
  r: number;
}

/** One drawn mark: a single input mark (at its own place and size) or several merged. */
export interface Cluster<T extends Disc> extends Disc {
  items: T[];
}

/**
 * Merge overlapping marks (discs nearer than their radii and `gap`), the
 * most overlapping pairs first, until none overlap: a merged cluster sits at
 * its marks' mean position, with the radius `radiusOf` gives for its number
 * of marks. In rounds: each round finds the overlapping pairs through a grid
 * of cells as wide as the largest reach (so only neighbouring cells are
 * compared) and merges the pairs in order of overlap, each cluster at most
 * once, then looks again, as a merged disc is larger. Merging one pair at a
 * time over every pair was cubic: with 10,000 synthetic partnerships (some
 * thousands of marks) a zoom took over 20 seconds.
 */
export function clusterMarks<T extends Disc>(marks: readonly T[], radiusOf: (count: number) => number, gap = 1): Cluster<T>[] {
  let clusters: Cluster<T>[] = marks.length > GRID_FIRST_ABOVE ? byCell(marks, radiusOf, gap) : marks.map((m) => ({ x: m.x, y: m.y, r: m.r, items: [m] }));
  for (;;) {
    const pairs = overlappingPairs(clusters, gap);
    if (pairs.length === 0) return clusters;
    pairs.sort((p, q) => q.overlap - p.overlap || p.a - q.a || p.b - q.b);
    const next: (Cluster<T> | null)[] = clusters.slice();
    const merged = new Uint8Array(clusters.length);
    for (const { a, b } of pairs) {
      if (merged[a] || merged[b]) continue;
      merged[a] = merged[b] = 1;
      next[a] = clusterOf(clusters[a]!.items.concat(clusters[b]!.items), radiusOf);
      next[b] = null;
    }
    clusters = next.filter((c): c is Cluster<T> => c != null);
  }
}

/**
 * Above this many marks, they are first gathered by grid cell, as
 * Leaflet.markercluster does: a cell is as wide as two of the largest marks
 * side by side, so marks in one cell would (nearly) overlap anyway. In the
 * dense thousands of a synthetic dataset the rounds alone compare too many
 * pairs (15,000 marks: a third of a second); the real data's 200 or so are
 * merged exactly.
 */
const GRID_FIRST_ABOVE = 400;

function byCell<T extends Disc>(marks: readonly T[], radiusOf: (count: number) => number, gap: number): Cluster<T>[] {
  let largest = 0;
  for (const m of marks) largest = Math.max(largest, m.r);
  const cell = 2 * largest + gap || 1;
  const cells = new Map<string, T[]>();
  for (const m of marks) {
    const key = `${Math.floor(m.x / cell)},${Math.floor(m.y / cell)}`;
    const list = cells.get(key);
    if (list) list.push(m);
    else cells.set(key, [m]);
  }
  return [...cells.values()].map((items) => (items.length === 1 ? { x: items[0]!.x, y: items[0]!.y, r: items[0]!.r, items } : clusterOf(items, radiusOf)));
}

/** Marks merged into one cluster: at their mean position, sized for their number. */
function clusterOf<T extends Disc>(items: T[], radiusOf: (count: number) => number): Cluster<T> {
  const mean = (key: 'x' | 'y') => items.reduce((sum, m) => sum + m[key], 0) / items.length;
  return { x: mean('x'), y: mean('y'), r: radiusOf(items.length), items };
}

interface Overlap {
  overlap: number;
  a: number;
  b: number;
}

/** Every pair of discs that overlap (a < b), found by a grid of cells as wide as the largest reach between two discs. */
function overlappingPairs(discs: readonly Disc[], gap: number): Overlap[] {
  let largest = 0;
  for (const d of discs) largest = Math.max(largest, d.r);
  const cell = 2 * largest + gap || 1;
  const cellOf = (d: Disc) => [Math.floor(d.x / cell), Math.floor(d.y / cell)] as const;
  const grid = new Map<string, number[]>();
  discs.forEach((d, i) => {
    const key = cellOf(d).join(',');
    const list = grid.get(key);
    if (list) list.push(i);
    else grid.set(key, [i]);
  });
  const pairs: Overlap[] = [];
  discs.forEach((p, a) => {
    const [cx, cy] = cellOf(p);
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        for (const b of grid.get(`${gx},${gy}`) ?? []) {
          if (b <= a) continue;
          const q = discs[b]!;
          const overlap = p.r + q.r + gap - Math.hypot(q.x - p.x, q.y - p.y);
          if (overlap > 0) pairs.push({ overlap, a, b });
        }
      }
    }
  });
  return pairs;
}
