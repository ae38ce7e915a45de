import { describe, expect, it } from 'vitest';
import { buildLinks } from '../../../../src/model/links';
import { partnershipWidthScale } from '../../../../src/model/linkWidth';
import { linkDrawable } from '../../../../src/map/linkDrawables';
import { boundaryFeatures, fetchPeerFiles, linkChanges, linkPath, linksShown, mercator, PEER_DATA_PATHS, peerScene, shownIds, unmercator, type PeerFiles } from '../../../../scripts/bench/peers/peerData';
import { COUNCILS, makeAppData, PARTNERSHIPS, SERVICES } from '../../../helpers/appData';
import { SQUARES } from '../../../helpers/boundaryTopology';

const files: PeerFiles = { topology: SQUARES, councils: COUNCILS, services: SERVICES, partnerships: PARTNERSHIPS, meta: makeAppData().meta };

describe('the reference pages’ data', () => {
  it('projects to Web Mercator and back', () => {
    for (const p of [[-3.18, 51.5], [1.77, 60.86], [0, 0]] as const) {
      const back = unmercator(mercator(p));
      expect(back[0]).toBeCloseTo(p[0], 9);
      expect(back[1]).toBeCloseTo(p[1], 9);
    }
    expect(mercator([-180, 0])).toEqual([0, 0.5]);
  });

  it('draws a straight link as its two ends, and a bent one as the app’s curve', () => {
    expect(linkPath([0, 52], [1, 53], 0)).toEqual([[0, 52], [1, 53]]);
    const a = [-0.34, 51.59] as const;
    const b = [-0.21, 51.62] as const;
    const path = linkPath(a, b, 0.16, 8);
    expect(path).toHaveLength(9);
    expect(path[0]![0]).toBeCloseTo(a[0], 9);
    expect(path[8]![1]).toBeCloseTo(b[1], 9);
    // The curve's middle is where the app's quadratic curve (linkDrawables.ts) has it, in projected pixels.
    const scale = 256 * 2 ** 10;
    const px = (p: readonly [number, number]) => ({ x: mercator(p)[0] * scale, y: mercator(p)[1] * scale });
    const link = { ...buildLinks(makeAppData().partnerships, null, makeAppData(), () => 2)[0]!, pointA: a, pointB: b, bend: 0.16 };
    const d = linkDrawable(link, (_code, lonLat) => px(lonLat));
    const mid = px(path[4]!);
    expect(mid.x).toBeCloseTo(0.25 * d.x0 + 0.5 * d.cx + 0.25 * d.x1, 6);
    expect(mid.y).toBeCloseTo(0.25 * d.y0 + 0.5 * d.cy + 0.25 * d.y1, 6);
  });

  it('builds the app’s links, with the app’s widths and the first service area’s colour', () => {
    const scene = peerScene(files);
    const data = makeAppData();
    const links = buildLinks(data.partnerships, null, data, partnershipWidthScale(data.partnerships));
    expect(scene.links.map((l) => l.key)).toEqual(links.map((l) => l.key));
    expect(scene.links.map((l) => l.width)).toEqual(links.map((l) => l.width));
    const suffolk = scene.links.find((l) => l.id === 'suffolk-ict')!;
    // Services in taxonomy order: HR and payroll comes before ICT.
    expect(suffolk.colour).toBe('#CC6677');
    expect(scene.links.find((l) => l.id === 'harrow-barnet-hr')!.dashed).toBe(true);
    expect(scene.filterService).toBe('management');
  });

  it('draws the latest year’s lower-tier shapes', () => {
    expect(boundaryFeatures(SQUARES).features.map((f) => f.properties.c)).toEqual(['E07000245', 'E09000015']);
  });

  it('filters by the app’s own filter, and changes only the links that change', () => {
    const scene = peerScene(files);
    const all = shownIds(scene, false);
    const on = shownIds({ ...scene, filterService: 'hr-payroll' }, true);
    expect(all.size).toBe(PARTNERSHIPS.length);
    expect([...on].sort()).toEqual(['harrow-barnet-hr', 'suffolk-ict']);
    const { remove, add } = linkChanges(scene.links, all, on);
    expect(add).toEqual([]);
    expect(remove.map((l) => l.id).sort()).toEqual(scene.links.filter((l) => !on.has(l.id)).map((l) => l.id).sort());
    expect(linkChanges(scene.links, on, all).add).toEqual(remove);
    expect(linksShown(scene.links, on).every((l) => on.has(l.id))).toBe(true);
  });

  it('fetches the files the app fetches, from two folders down', async () => {
    const asked: string[] = [];
    const got = await fetchPeerFiles(async (url) => {
      asked.push(String(url));
      return new Response(JSON.stringify(String(url).includes('topo') ? SQUARES : []));
    });
    expect(asked).toEqual(Object.values(PEER_DATA_PATHS));
    expect(asked).toContain('../../data/partnerships.json');
    expect(got.topology).toEqual(SQUARES);
    await expect(fetchPeerFiles(async () => new Response('', { status: 404 }))).rejects.toThrow('HTTP 404');
  });
});
