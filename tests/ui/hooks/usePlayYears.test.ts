import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PLAY_STEP_MS, usePlayYears } from '../../../src/ui/hooks/usePlayYears';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** The hook over a year held the way the view state holds it: each call sets it. */
function setup(initial: number | null, shown?: () => boolean) {
  const calls: [string, number][] = [];
  let year = initial;
  const view = renderHook(() =>
    usePlayYears(year, 2009, 2012, {
      onStart: (y) => {
        calls.push(['start', y]);
        year = y;
      },
      onStep: (y) => {
        calls.push(['step', y]);
        year = y;
      },
      shown,
    }),
  );
  const tick = () =>
    act(() => {
      vi.advanceTimersByTime(PLAY_STEP_MS);
    });
  return { calls, view, tick, year: () => year };
}

describe('usePlayYears', () => {
  it('starts at the first year from all years, steps a year a second, and stops at the last', () => {
    const { calls, view, tick } = setup(null);
    act(() => view.result.current.play());
    view.rerender();
    expect(calls).toEqual([['start', 2009]]);
    expect(view.result.current.playing).toBe(true);
    for (let i = 0; i < 3; i++) {
      tick();
      view.rerender();
    }
    expect(calls).toEqual([['start', 2009], ['step', 2010], ['step', 2011], ['step', 2012]]);
    expect(view.result.current.playing).toBe(false);
    tick();
    expect(calls).toHaveLength(4);
  });

  it('plays on from the year shown without a change of its own, and waits a second before each step', () => {
    const { calls, view, tick } = setup(2010);
    act(() => view.result.current.play());
    expect(calls).toEqual([]);
    act(() => {
      vi.advanceTimersByTime(PLAY_STEP_MS - 10);
    });
    expect(calls).toEqual([]);
    tick();
    expect(calls).toEqual([['step', 2011]]);
  });

  it('pauses, and stepping stops', () => {
    const { calls, view, tick } = setup(2010);
    act(() => view.result.current.play());
    act(() => view.result.current.pause());
    tick();
    tick();
    expect(calls).toEqual([]);
    expect(view.result.current.playing).toBe(false);
  });

  it('stops instead of stepping once the control is off screen', () => {
    let visible = true;
    const { calls, view, tick } = setup(2010, () => visible);
    act(() => view.result.current.play());
    tick();
    view.rerender();
    visible = false;
    tick();
    expect(calls).toEqual([['step', 2011]]);
    expect(view.result.current.playing).toBe(false);
  });

  it('plays again from the first year once at the last', () => {
    const { calls, view } = setup(2012);
    act(() => view.result.current.play());
    view.rerender();
    expect(calls).toEqual([['start', 2009]]);
    expect(view.result.current.playing).toBe(true);
  });
});
