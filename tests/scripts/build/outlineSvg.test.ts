import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { inlineOutline, outlineSvg, svgDataUrl } from '../../../scripts/build/outlineSvg';
import { SQUARES } from '../../helpers/boundaryTopology';

const COLOURS = { fill: '#f3f2ee', stroke: '#767f88' };

/** The rings of the picture's path, as absolute points. */
function rings(svg: string): [number, number][][] {
  const d = /\bd="([^"]*)"/.exec(svg)![1]!;
  return d
    .split('z')
    .filter(Boolean)
    .map((part) => {
      const [start, steps] = part.slice(1).split('l');
      let [x, y] = start!.split(' ').map(Number) as [number, number];
      const numbers = steps!.split(' ').map(Number);
      const points: [number, number][] = [[x, y]];
      for (let i = 0; i < numbers.length; i += 2) {
        x += numbers[i]!;
        y += numbers[i + 1]!;
        points.push([x, y]);
      }
      return points;
    });
}

describe('outlineSvg', () => {
  it("draws the latest year's shapes merged into one ring: the border between them is gone", () => {
    const svg = outlineSvg(SQUARES, COLOURS);
    const found = rings(svg);
    expect(found).toHaveLength(1);
    // Longitude -1 to 1 and latitude 52 to 53 on a picture 240 pixels wide from -8.2 to 1.77.
    const xs = found[0]!.map(([x]) => x);
    expect(Math.min(...xs)).toBe(Math.round((7.2 / 9.97) * 240));
    expect(Math.max(...xs)).toBe(Math.round((9.2 / 9.97) * 240));
    // A rectangle (its four corners, and where the ring starts): no edge along the meridian between the squares.
    const meridian = Math.round((8.2 / 9.97) * 240);
    expect(new Set(found[0]!.map((p) => p.join(','))).size).toBeLessThanOrEqual(5);
    const edges = found[0]!.slice(1).map((p, i) => [found[0]![i]!, p]);
    expect(edges.some(([p, q]) => p![0] === meridian && q![0] === meridian)).toBe(false);
    expect(svg).toContain(`fill="${COLOURS.fill}"`);
    expect(svg).toContain(`stroke="${COLOURS.stroke}"`);
  });

  it('declares a natural size larger than its picture, in the same proportions', () => {
    const svg = outlineSvg(SQUARES, COLOURS);
    const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
    const [, , , vw, vh] = /viewBox="(\d+) (\d+) (\d+) (\d+)"/.exec(svg)!.map(Number);
    expect(vw).toBe(240);
    expect(width! / vw!).toBeGreaterThan(1);
    expect(width! / vw!).toBe(height! / vh!);
  });

  it('leaves out islands of a few pixels', () => {
    const topology = structuredClone(SQUARES) as Topology & { arcs: number[][][] };
    topology.arcs.push([
      [-5, 55],
      [-4.99, 55],
      [-4.99, 55.01],
      [-5, 55.01],
      [-5, 55],
    ]);
    (topology.objects.ltla as { geometries: unknown[] }).geometries.push({ type: 'Polygon', arcs: [[3]], properties: { c: 'S12000001' } });
    expect(rings(outlineSvg(topology, COLOURS))).toHaveLength(1);
  });
});

describe('svgDataUrl and inlineOutline', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"><path fill="#f3f2ee" d="M0 0l1 1z"/></svg>\n';

  it('makes an address an attribute in double quotes can hold, that decodes to the picture', () => {
    const url = svgDataUrl(svg);
    expect(url.startsWith('data:image/svg+xml,')).toBe(true);
    expect(url).not.toMatch(/["#<>\n]/);
    expect(decodeURIComponent(url.slice('data:image/svg+xml,'.length))).toBe(svg.trim().replace(/"/g, "'"));
  });

  it("writes the picture in place of the file's address, as Vite or a developer wrote it, and nothing else", () => {
    const html = '<img src="./data/outline.svg" alt=""><img src="/data/outline.svg" alt=""><img src="./data/other.svg">';
    const out = inlineOutline(html, 'data/outline.svg', svg);
    expect(out.match(/src="data:image\/svg\+xml,/g)).toHaveLength(2);
    expect(out).toContain('src="./data/other.svg"');
  });
});
