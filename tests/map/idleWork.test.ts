import { afterEach, describe, expect, it, vi } from 'vitest';
import { levelsOutward, runWhenIdle } from '../../src/map/idleWork';

describe('levelsOutward', () => {
  it('goes out from the level, nearer first, up before down, within the range', () => {
    expect(levelsOutward(6, 4, 12)).toEqual([7, 5, 8, 4, 9, 10, 11, 12]);
    expect(levelsOutward(12, 4, 12)).toEqual([11, 10, 9, 8, 7, 6, 5, 4]);
    expect(levelsOutward(4, 4, 4)).toEqual([]);
  });
});

describe('runWhenIdle', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs the tasks in order, as many per idle period as there is time for, and stops when cancelled', () => {
    const callbacks: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => callbacks.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => callbacks.splice(0));
    const ran: number[] = [];
    let remaining = 0;
    // Each task takes 10 ms of the idle period.
    const cancel = runWhenIdle([1, 2, 3, 4, 5].map((n) => () => ((remaining -= 10), ran.push(n))));
    const idle = (ms: number, didTimeout = false) => {
      remaining = ms;
      callbacks.shift()!({ didTimeout, timeRemaining: () => remaining } as IdleDeadline);
    };
    idle(45); // time to start two: 45 ms left, then 35, then 25
    expect(ran).toEqual([1, 2]);
    idle(5); // too little left before the next frame: none, and wait again
    expect(ran).toEqual([1, 2]);
    idle(5, true); // the wait timed out: one, so the work finishes on a page never idle for long
    expect(ran).toEqual([1, 2, 3]);
    cancel();
    expect(callbacks).toEqual([]);
    expect(ran).toEqual([1, 2, 3]);
  });
});
