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
 * Merge the most overlapping pair (discs nearer than their radii and `gap`)
 * until none overlap: a merged cluster sits at its marks' mean position,
 * with the radius `radiusOf` gives for its number of marks.
 */
export function clusterMarks<T extends Disc>(marks: readonly T[], radiusOf: (count: number) => number, gap = 1): Cluster<T>[] {
  const clusters: Cluster<T>[] = marks.map((m) => ({ x: m.x, y: m.y, r: m.r, items: [m] }));
  for (;;) {
    let most = 0;
    let a = -1;
    let b = -1;
    for (let i = 0; i < clusters.length; i++) {
      const p = clusters[i]!;
      for (let j = i + 1; j < clusters.length; j++) {
        const q = clusters[j]!;
        const reach = p.r + q.r + gap;
        const dx = q.x - p.x;
        if (dx >= reach || dx <= -reach) continue;
        const overlap = reach - Math.hypot(dx, q.y - p.y);
        if (overlap > most) [most, a, b] = [overlap, i, j];
      }
    }
    if (a < 0) return clusters;
    const items = [...clusters[a]!.items, ...clusters[b]!.items];
    const mean = (key: 'x' | 'y') => items.reduce((sum, m) => sum + m[key], 0) / items.length;
    clusters[a] = { x: mean('x'), y: mean('y'), r: radiusOf(items.length), items };
    clusters.splice(b, 1);
  }
}
