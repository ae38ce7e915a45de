import { describe, expect, it } from 'vitest';
import { installBench, type BenchHooks } from '../../../scripts/bench/pageScript';
import { benchWindow } from '../../helpers/benchWindow';

function installed() {
  const { dom, win } = benchWindow();
  installBench(win);
  return { dom, win, bench: (win as unknown as { __bench: BenchHooks }).__bench };
}

describe('installBench', () => {
  it('records each links-drawn mark with its detail, at the frame after it', async () => {
    const { win, bench } = installed();
    win.performance.mark('links-drawn', { detail: { links: 12, drawn: 4, grouped: true } });
    win.performance.mark('other');
    expect(bench.draws).toEqual([]);
    const draw = await bench.waitDraw(-1, 1000);
    expect(draw).toMatchObject({ links: 12, drawn: 4, grouped: true });
    expect(draw!.frame).toBeGreaterThanOrEqual(draw!.mark);
    expect(bench.lastDraw()).toBe(draw);
    expect(await bench.waitDraw(draw!.mark, 30)).toBeNull();
  });

  it('records clicks’ time stamps, once however often it is installed', () => {
    const { win, bench } = installed();
    installBench(win);
    win.document.body.dispatchEvent(new win.MouseEvent('click', { bubbles: true }));
    expect(bench.clicks).toHaveLength(1);
  });

  it('counts frames between startFrames and stopFrames, and settles when nothing draws', async () => {
    const { bench } = installed();
    bench.startFrames();
    const waited = await bench.settle(60, 1000);
    expect(waited).toBeGreaterThanOrEqual(60);
    const frames = bench.stopFrames();
    expect(frames.length).toBeGreaterThan(1);
    expect(bench.stopFrames()).toEqual([]);
  });

  it('asks the map for its view and zooms it without animation', () => {
    const { win, bench } = installed();
    expect(bench.mapInfo()).toBeNull();
    const calls: unknown[] = [];
    const map = {
      getCenter: () => ({ lng: -1, lat: 52 }),
      getZoom: () => 6,
      getMaxZoom: () => 12,
      setView: (...args: unknown[]) => calls.push(args),
      getContainer: () => win.document.body,
    };
    bench.maps.push(map as never);
    expect(bench.view()).toEqual({ lon: -1, lat: 52, zoom: 6 });
    expect(bench.mapInfo()).toMatchObject({ zoom: 6, maxZoom: 12 });
    bench.zoomTo(0.5, 51, 20);
    expect(calls).toEqual([[[51, 0.5], 12, { animate: false }]]);
  });
});
