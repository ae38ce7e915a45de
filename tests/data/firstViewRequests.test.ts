import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, dataFileUrl, requestFirstViewData, resetFirstViewRequests, takeRequest } from '../../src/data/firstViewRequests';
import { FIRST_VIEW_FILES } from '../../src/shared/dataFiles';

afterEach(() => resetFirstViewRequests());

function recordingFetch(): { fetchImpl: typeof fetch; urls: string[] } {
  const urls: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL) => {
    urls.push(String(input));
    return new Response(String(input));
  }) as typeof fetch;
  return { fetchImpl, urls };
}

describe('requestFirstViewData and takeRequest', () => {
  it('asks for each first-view file once, from the root, and hands each request over once', async () => {
    const { fetchImpl, urls } = recordingFetch();
    requestFirstViewData('https://council.example/map/', fetchImpl);
    requestFirstViewData('https://council.example/map/', fetchImpl);
    expect(urls).toEqual(FIRST_VIEW_FILES.map((key) => dataFileUrl('https://council.example/map/', key)));
    expect(urls[0]).toBe('https://council.example/map/data/boundaries.topo.json');
    const request = takeRequest(urls[0]!);
    expect(await (await request!).text()).toBe(urls[0]);
    expect(takeRequest(urls[0]!)).toBeUndefined();
    expect(takeRequest('https://council.example/map/data/partnership-details.json')).toBeUndefined();
  });

  it('asks for nothing once loadData has taken a request (its own requests are under way)', () => {
    const { fetchImpl, urls } = recordingFetch();
    expect(takeRequest(dataFileUrl('', 'boundaries'))).toBeUndefined();
    requestFirstViewData('', fetchImpl);
    expect(urls).toEqual([]);
  });

  it('leaves a failed request to whoever takes it: not an unhandled rejection before', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      requestFirstViewData('', (async () => Promise.reject(new TypeError('offline'))) as typeof fetch);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
      await expect(takeRequest(dataFileUrl('', 'councils'))).rejects.toThrow('offline');
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});

describe('afterFirstPaint', () => {
  /** A stand-in for the browser's PerformanceObserver that reports the paints it is given. */
  function paintObserver() {
    let report: ((names: string[]) => void) | null = null;
    const disconnect = vi.fn();
    class FakeObserver {
      static supportedEntryTypes = ['paint', 'resource'];
      constructor(callback: (list: { getEntriesByName(name: string): unknown[] }) => void) {
        report = (names) => callback({ getEntriesByName: (name) => names.filter((n) => n === name) });
      }
      observe(options: PerformanceObserverInit) {
        expect(options).toEqual({ type: 'paint', buffered: true });
      }
      disconnect = disconnect;
    }
    return { Observer: FakeObserver as unknown as typeof PerformanceObserver, paint: (...names: string[]) => report!(names), disconnect };
  }

  it('runs at the first contentful paint, not at a first paint without content, and only once', () => {
    const run = vi.fn();
    const { Observer, paint, disconnect } = paintObserver();
    afterFirstPaint(run, { PerformanceObserver: Observer, requestAnimationFrame: vi.fn(), setTimeout: vi.fn() as never });
    paint('first-paint');
    expect(run).not.toHaveBeenCalled();
    paint('first-contentful-paint');
    expect(run).toHaveBeenCalledTimes(1);
    expect(disconnect).toHaveBeenCalled();
  });

  it('where paints are not reported, runs in the task after the next frame', () => {
    const run = vi.fn();
    let frame: FrameRequestCallback | null = null;
    let task: (() => void) | null = null;
    const win = { requestAnimationFrame: (cb: FrameRequestCallback) => ((frame = cb), 1), setTimeout: ((cb: () => void) => ((task = cb), 1)) as never };
    afterFirstPaint(run, win);
    expect(run).not.toHaveBeenCalled();
    frame!(0);
    expect(run).not.toHaveBeenCalled();
    task!();
    expect(run).toHaveBeenCalledTimes(1);
  });
});
