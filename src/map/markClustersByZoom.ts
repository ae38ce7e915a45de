import type L from 'leaflet';
import type { GroupMark } from '../model/membership';
import { markDrawables, markScaleAt } from './groupMarks';
import { runWhenIdle } from './idleWork';
import type { Drawable } from './linkDrawables';

// The groups' marks, clustered (groupMarks.ts markDrawables), kept for each
// zoom they were worked out at: in the map's world pixels at that zoom, so a
// pan or a later visit to the zoom (a wheel step back) finds them ready, and
// each placed in the layer's pixels by a shift. While the browser is idle,
// the zooms a wheel step or two reaches are worked out before they are
// needed: with the thousands of marks of 10,000 synthetic partnerships,
// clustering at the end of a zoom made its frame too long for 60 fps.

/**
 * The zooms worked out ahead, either side of the current one, most likely
 * first: a mouse wheel's notch (Chrome's 100 px) is 1.25 levels here
 * (Leaflet's wheel zoom, 60 px a level, snapped up to our quarter levels),
 * a trackpad's small steps a quarter, the zoom buttons half a level.
 */
const AHEAD = [1.25, -1.25, 0.25, -0.25, 0.5, -0.5, 2.5, -2.5];

export class MarkClustersByZoom {
  private marks: readonly GroupMark[] = [];
  private byZoom = new Map<number, Drawable[]>();
  private cancelAhead: () => void = () => {};

  /** New marks (the links changed): what was worked out is for the old ones. */
  setMarks(marks: readonly GroupMark[]): void {
    if (marks === this.marks) return;
    this.marks = marks;
    this.byZoom = new Map();
    this.cancelAhead();
  }

  /** The marks as drawn at the map's zoom, in layer pixels; the zooms near it are worked out when the browser is idle. */
  at(map: L.Map): Drawable[] {
    const zoom = map.getZoom();
    const origin = map.getPixelOrigin();
    const placed = this.world(map, zoom).map((d) => shifted(d, -origin.x, -origin.y));
    this.prepareAround(map, zoom);
    return placed;
  }

  /** Stop the work ahead (the layer is removed). */
  cancel(): void {
    this.cancelAhead();
  }

  private world(map: L.Map, zoom: number): Drawable[] {
    let drawn = this.byZoom.get(zoom);
    if (!drawn) {
      // Rounded as Leaflet rounds a layer point, so a mark sits where latLngToLayerPoint would put it.
      drawn = markDrawables(this.marks, (_code, [lon, lat]) => map.project([lat, lon], zoom).round(), markScaleAt(zoom));
      this.byZoom.set(zoom, drawn);
    }
    return drawn;
  }

  private prepareAround(map: L.Map, zoom: number): void {
    this.cancelAhead();
    const wanted = AHEAD.map((step) => zoom + step).filter((z) => z >= map.getMinZoom() && z <= map.getMaxZoom() && !this.byZoom.has(z));
    const marks = this.marks;
    this.cancelAhead = runWhenIdle(wanted.map((z) => () => void (marks === this.marks && this.world(map, z))));
  }
}

/** A drawable moved by (dx, dy). */
function shifted(d: Drawable, dx: number, dy: number): Drawable {
  return { ...d, x0: d.x0 + dx, y0: d.y0 + dy, x1: d.x1 + dx, y1: d.y1 + dy, cx: d.cx + dx, cy: d.cy + dy };
}
