import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/map/idleWork', () => ({ whenIdle: vi.fn(() => () => {}) }));

// The module keeps whether the page's first view is drawn: each test starts from a fresh copy.
beforeEach(() => vi.resetModules());

async function fresh() {
  const idleWork = await import('../../src/map/idleWork');
  const cancelIdle = vi.fn();
  vi.mocked(idleWork.whenIdle).mockReset().mockReturnValue(cancelIdle);
  return { ...(await import('../../src/map/firstViewDrawn')), whenIdle: vi.mocked(idleWork.whenIdle), cancelIdle };
}

describe('whenIdleAfterFirstView', () => {
  it('waits for the first view, then for the browser to be idle', async () => {
    const { whenIdleAfterFirstView, markFirstViewDrawn, firstViewDrawn, whenIdle } = await fresh();
    const callback = vi.fn();
    whenIdleAfterFirstView(callback, 5000);
    expect(whenIdle).not.toHaveBeenCalled();
    expect(firstViewDrawn()).toBe(false);
    markFirstViewDrawn();
    expect(firstViewDrawn()).toBe(true);
    expect(whenIdle).toHaveBeenCalledWith(callback, 5000);
    // Once drawn, a later request waits only for idle; a second mark starts nothing again.
    whenIdleAfterFirstView(callback);
    markFirstViewDrawn();
    expect(whenIdle).toHaveBeenCalledTimes(2);
  });

  it('cancels before the first view (nothing starts) and after it (the idle callback)', async () => {
    const { whenIdleAfterFirstView, markFirstViewDrawn, whenIdle, cancelIdle } = await fresh();
    const cancelEarly = whenIdleAfterFirstView(vi.fn());
    cancelEarly();
    markFirstViewDrawn();
    expect(whenIdle).not.toHaveBeenCalled();
    const cancelLate = whenIdleAfterFirstView(vi.fn());
    cancelLate();
    expect(cancelIdle).toHaveBeenCalledTimes(1);
  });

  it('whenFirstViewDrawn runs at once once drawn, and not after being cancelled', async () => {
    const { whenFirstViewDrawn, markFirstViewDrawn } = await fresh();
    const cancelled = vi.fn();
    const kept = vi.fn();
    whenFirstViewDrawn(cancelled)();
    whenFirstViewDrawn(kept);
    markFirstViewDrawn();
    expect(cancelled).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledTimes(1);
    const late = vi.fn();
    whenFirstViewDrawn(late);
    expect(late).toHaveBeenCalledTimes(1);
  });
});
