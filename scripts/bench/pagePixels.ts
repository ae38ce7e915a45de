import type { LatLngBounds, Map as LeafletMap } from 'leaflet';

// Where the bench can click a council in the page: read from the pixels of
// the map's canvases (runs in the page, as part of pageScript.ts).

/** A council to click, by its point. */
export interface CouncilPoint {
  code: string;
  lon: number;
  lat: number;
}

/** A page point where a click selects the council. */
export interface ClickSpot {
  code: string;
  x: number;
  y: number;
  distance: number;
}

/** A canvas's pixels, and how many of them there are per CSS pixel. */
export interface CanvasPixels {
  rect: DOMRect;
  data: Uint8ClampedArray;
  width: number;
  height: number;
  sx: number;
  sy: number;
}

function readCanvas(canvas: HTMLCanvasElement): CanvasPixels {
  const rect = canvas.getBoundingClientRect();
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  return { rect, data, width: canvas.width, height: canvas.height, sx: canvas.width / rect.width, sy: canvas.height / rect.height };
}

/** The alpha of a canvas at a page point (0 outside it). */
export function alphaAt(img: CanvasPixels, pageX: number, pageY: number): number {
  const x = Math.round((pageX - img.rect.left) * img.sx);
  const y = Math.round((pageY - img.rect.top) * img.sy);
  if (x < 0 || y < 0 || x >= img.width || y >= img.height) return 0;
  return img.data[(y * img.width + x) * 4 + 3]!;
}

/** The pixels of the link canvas and of the council shapes' canvas. */
function readCanvases(doc: Document): { links: CanvasPixels; land: CanvasPixels } | null {
  // The first link canvas is the base (every link not on top); the overlay of highlighted links follows it.
  const linkCanvas = doc.querySelector<HTMLCanvasElement>('canvas.link-canvas');
  const shapes = Array.from(doc.querySelectorAll<HTMLCanvasElement>('.leaflet-overlay-pane canvas')).find((c) => !c.classList.contains('link-canvas'));
  if (!linkCanvas || !shapes) return null;
  return { links: readCanvas(linkCanvas), land: readCanvas(shapes) };
}

/** The app's council shapes: one canvas layer that answers hitTest(containerPoint) and boundsOf(codes). */
interface BoundaryLayer {
  hitTest(point: { x: number; y: number }): string | null;
  boundsOf(codes: string[]): LatLngBounds | null;
}

function boundaryLayerOf(map: LeafletMap): BoundaryLayer | null {
  let boundary: BoundaryLayer | null = null;
  map.eachLayer((layer) => {
    const candidate = layer as unknown as Partial<BoundaryLayer>;
    if (typeof candidate.hitTest === 'function' && typeof candidate.boundsOf === 'function') boundary = candidate as BoundaryLayer;
  });
  return boundary;
}

/**
 * For each council in order, a point of the page inside its shape, as near
 * its point as possible, where a click selects it: the shape is the polygon
 * on the map containing the council's point, and the click point must be on
 * land (the boundaries canvas is drawn there), have the boundaries canvas
 * topmost (no key or control over it) and no link drawn within `free`
 * pixels (so the click selects the council, not a link). Returns the first
 * council that has one, or null.
 */
export function findClickableCouncil(doc: Document, map: LeafletMap | undefined, councils: readonly CouncilPoint[], free: number): ClickSpot | null {
  if (!map) return null;
  const pixels = readCanvases(doc);
  if (!pixels) return null;
  const boundary = boundaryLayerOf(map);
  if (!boundary) return null;
  for (const council of councils) {
    const spot = clickSpot(doc, map, boundary, pixels, council, free);
    if (spot) return spot;
  }
  return null;
}

function clickSpot(doc: Document, map: LeafletMap, boundary: BoundaryLayer, pixels: { links: CanvasPixels; land: CanvasPixels }, council: CouncilPoint, free: number): ClickSpot | null {
  const container = map.getContainer();
  const cRect = container.getBoundingClientRect();
  const { links, land } = pixels;
  const target = map.latLngToContainerPoint([council.lat, council.lon]);
  if (target.x < 0 || target.y < 0 || target.x > cRect.width || target.y > cRect.height) return null;
  if (boundary.hitTest({ x: target.x, y: target.y }) !== council.code) return null;
  const area = boundary.boundsOf([council.code]);
  if (!area) return null;
  const a = map.latLngToContainerPoint(area.getNorthWest());
  const b = map.latLngToContainerPoint(area.getSouthEast());
  const x0 = Math.max(free, Math.floor(Math.min(a.x, b.x)));
  const x1 = Math.min(cRect.width - free, Math.ceil(Math.max(a.x, b.x)));
  const y0 = Math.max(free, Math.floor(Math.min(a.y, b.y)));
  const y1 = Math.min(cRect.height - free, Math.ceil(Math.max(a.y, b.y)));
  const inside = (pageX: number, pageY: number) => alphaAt(land, pageX, pageY) >= 200 && boundary.hitTest({ x: pageX - cRect.left, y: pageY - cRect.top }) === council.code;
  let best: ClickSpot | null = null;
  // Whole page pixels: mouse events carry integer coordinates.
  for (let y = Math.round(cRect.top + y0); y <= cRect.top + y1; y += 2) {
    for (let x = Math.round(cRect.left + x0); x <= cRect.left + x1; x += 2) {
      const d = Math.hypot(x - cRect.left - target.x, y - cRect.top - target.y);
      if (best && d >= best.distance) continue;
      if (alphaAt(links, x, y) > 0 || !inside(x, y)) continue;
      // Well inside the shape, not on its edge.
      if (!inside(x - 3, y) || !inside(x + 3, y) || !inside(x, y - 3) || !inside(x, y + 3)) continue;
      if (!clearOfLinks(links, x, y, free)) continue;
      // Nothing of the page (a control, the key) over the map there.
      const over = doc.elementFromPoint(x, y);
      if (!over || !container.contains(over) || over.closest('.leaflet-control, .legend, .year-badge')) continue;
      best = { code: council.code, x, y, distance: d };
    }
  }
  return best;
}

/** No link drawn within `free` pixels of a page point. */
export function clearOfLinks(links: CanvasPixels, pageX: number, pageY: number, free: number): boolean {
  for (let fy = -free; fy <= free; fy++) {
    for (let fx = -free; fx <= free; fx++) {
      if (alphaAt(links, pageX + fx, pageY + fy) > 0) return false;
    }
  }
  return true;
}

/**
 * Where on the map the most land is free of links: the [lon, lat] of the
 * 32-pixel cell of the view with the most land pixels no link is drawn on.
 * The bench zooms in there when links cover every council.
 */
export function freestLand(doc: Document, map: LeafletMap): { lon: number; lat: number; free: number } | null {
  const cRect = map.getContainer().getBoundingClientRect();
  const pixels = readCanvases(doc);
  if (!pixels) return null;
  const { links, land } = pixels;
  const CELL = 32;
  let best: { free: number; x: number; y: number } | null = null;
  for (let cy = 0; cy + CELL <= cRect.height; cy += CELL) {
    for (let cx = 0; cx + CELL <= cRect.width; cx += CELL) {
      let free = 0;
      for (let y = cy; y < cy + CELL; y += 2) {
        for (let x = cx; x < cx + CELL; x += 2) {
          const pageX = cRect.left + x;
          const pageY = cRect.top + y;
          if (alphaAt(land, pageX, pageY) >= 200 && alphaAt(links, pageX, pageY) === 0) free++;
        }
      }
      if (!best || free > best.free) best = { free, x: cx + CELL / 2, y: cy + CELL / 2 };
    }
  }
  if (!best || best.free === 0) return null;
  const point = map.containerPointToLatLng([best.x, best.y]);
  return { lon: point.lng, lat: point.lat, free: best.free };
}
