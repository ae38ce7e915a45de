import { merge } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { boundaryGeometries, shapeInYear } from '../../src/shared/boundaries';
import { LAST_BOUNDARY_YEAR } from '../../src/shared/types';

// The outline of the UK's land as a small SVG, drawn by index.html where the
// map will be while the app's script and data load (the page's first paint,
// before any script runs). Web Mercator, as the map; the frame is that of the
// map's first view (UK_BOUNDS in src/map/MapView.tsx). Coordinates are whole
// pixels of a picture WIDTH wide, each point a step from the last, the coast
// simplified to within TOLERANCE pixels, and islands smaller than MIN_AREA square pixels left out, so it stays a few KB.

/** The map's first view: south-west and north-east corners, longitude and latitude. */
export const OUTLINE_BOUNDS = { west: -8.2, south: 49.85, east: 1.77, north: 60.86 } as const;

const WIDTH = 240;
const MIN_AREA = 4;
/** How far (pixels) the simplified coast may stray from the true one. */
const TOLERANCE = 0.4;
/**
 * The picture's natural size, as a multiple of WIDTH: larger than it is shown
 * on most screens, so the browser counts all of its area as the page's
 * largest paint (an image shown larger than its natural size counts only that).
 */
const NATURAL_SCALE = 4;

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** Longitude and latitude to pixels of the picture, north up. */
function projector(width: number) {
  const { west, east, south, north } = OUTLINE_BOUNDS;
  const scale = width / (((east - west) * Math.PI) / 180);
  const top = mercatorY(north);
  const height = Math.ceil((top - mercatorY(south)) * scale);
  const project = ([lon, lat]: number[]): [number, number] => [(((lon! - west) * Math.PI) / 180) * scale, (top - mercatorY(lat!)) * scale];
  return { project, height };
}

/** The points of a line kept by Douglas–Peucker: none strays from the line drawn more than `tolerance`. */
function simplify(points: readonly [number, number][], tolerance: number): [number, number][] {
  if (points.length < 3) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [from, to] = stack.pop()!;
    const [ax, ay] = points[from]!;
    const [bx, by] = points[to]!;
    const length = Math.hypot(bx - ax, by - ay);
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let i = from + 1; i < to; i++) {
      const [px, py] = points[i]!;
      const d = length ? Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length : Math.hypot(px - ax, py - ay);
      if (d > farthestDistance) [farthest, farthestDistance] = [i, d];
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([from, farthest], [farthest, to]);
  }
  return points.filter((_, i) => keep[i]);
}

/** A ring in pixels, simplified and then in whole pixels without repeated points; its area (shoelace) in square pixels. */
function pixelRing(ring: number[][], project: (p: number[]) => [number, number]): { points: [number, number][]; area: number } {
  const points: [number, number][] = [];
  for (const [x, y] of simplify(ring.map(project), TOLERANCE)) {
    const q: [number, number] = [Math.round(x), Math.round(y)];
    const last = points[points.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) points.push(q);
  }
  let twice = 0;
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i]!;
    const [x1, y1] = points[(i + 1) % points.length]!;
    twice += x0 * y1 - x1 * y0;
  }
  return { points, area: Math.abs(twice) / 2 };
}

/** An SVG path's data for rings of pixels: a move to the first point, then relative lines. */
function pathData(rings: [number, number][][]): string {
  return rings
    .map((ring) => {
      const [first, ...rest] = ring;
      let [x, y] = first!;
      const steps = rest.map(([nx, ny]) => {
        const step = `${nx - x} ${ny - y}`;
        [x, y] = [nx, ny];
        return step;
      });
      return `M${first![0]} ${first![1]}l${steps.join(' ')}z`;
    })
    .join('');
}

/** The land of the latest boundary year's councils, as an SVG document: filled, with its coast drawn, on a transparent ground. */
export function outlineSvg(topology: Topology, colours: { fill: string; stroke: string }, width = WIDTH): string {
  const shapes = boundaryGeometries(topology, 'ltla').filter((g) => shapeInYear(g.properties, LAST_BOUNDARY_YEAR));
  const land = merge(topology, shapes);
  const { project, height } = projector(width);
  const rings: [number, number][][] = [];
  for (const polygon of land.coordinates) {
    for (const ring of polygon) {
      const { points, area } = pixelRing(ring, project);
      if (points.length >= 3 && area >= MIN_AREA) rings.push(points);
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width * NATURAL_SCALE}" height="${height * NATURAL_SCALE}" viewBox="0 0 ${width} ${height}">` +
    `<path fill="${colours.fill}" stroke="${colours.stroke}" stroke-width="0.5" stroke-linejoin="round" fill-rule="evenodd" d="${pathData(rings)}"/></svg>\n`
  );
}

/**
 * An SVG document as a data: address for an HTML attribute in double
 * quotes: its own quotes made single and only the characters an address or
 * the attribute cannot hold escaped, so it stays about its own size.
 */
export function svgDataUrl(svg: string): string {
  const text = svg
    .trim()
    .replace(/"/g, "'")
    .replace(/[%#<>\n\r]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `data:image/svg+xml,${text}`;
}

/**
 * index.html with the outline written into it: each `src` that names the
 * outline file (as Vite wrote it, ./data/outline.svg, or /data/outline.svg)
 * becomes the picture itself, so the page's first paint waits for no request.
 */
export function inlineOutline(html: string, file: string, svg: string): string {
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return html.replace(new RegExp(`src="\\.?/${escaped}"`, 'g'), () => `src="${svgDataUrl(svg)}"`);
}
