import { describe, expect, it } from 'vitest';
import { pageScript } from '../../../scripts/bench/page';
import type { BenchHooks } from '../../../scripts/bench/pageScript';
import { benchWindow } from '../../helpers/benchWindow';

describe('pageScript', () => {
  it('is one plain script, with no helper of Node’s or the test runner’s in it', async () => {
    const script = await pageScript();
    expect(script).not.toMatch(/__name|\bimport\b|\brequire\(/);
    expect(await pageScript()).toBe(script);
  });

  it('installs window.__bench in a page, and hooks the Leaflet the app sets', async () => {
    const { dom, win } = benchWindow();
    dom.window.eval(await pageScript());
    const bench = (win as unknown as { __bench: BenchHooks }).__bench;
    expect(bench.draws).toEqual([]);
    let hook: (() => void) | null = null;
    (win as unknown as { L: unknown }).L = { Map: { addInitHook: (fn: () => void) => (hook = fn) } };
    const map = { id: 'map' };
    hook!.call(map);
    expect(bench.maps).toEqual([map]);
    dom.window.close();
  });
});
