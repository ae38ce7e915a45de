import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, levelsOutward, runInSteps, runWhenIdle } from '../../src/map/idleWork';

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

describe('afterNextPaint and runInSteps', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs each step in a task of its own after a frame, in order, and stops when cancelled', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const ran: number[] = [];
    const cancel = runInSteps([1, 2, 3].map((n) => () => ran.push(n)));
    expect(ran).toEqual([]);
    frames.shift()!(0);
    // The frame's callback comes before its paint: the step runs in the task after.
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(ran).toEqual([1]);
    frames.shift()!(16);
    vi.advanceTimersByTime(0);
    expect(ran).toEqual([1, 2]);
    cancel();
    frames.shift()?.(32);
    vi.advanceTimersByTime(1000);
    expect(ran).toEqual([1, 2]);
  });

  it('runs a step anyway when no frame comes (a hidden page), once', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const ran = vi.fn();
    afterNextPaint(ran);
    vi.advanceTimersByTime(99);
    expect(ran).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(ran).toHaveBeenCalledTimes(1);
    frames.shift()!(0);
    vi.advanceTimersByTime(10);
    expect(ran).toHaveBeenCalledTimes(1);
  });
});
