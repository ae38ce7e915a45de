import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useFirstViewSteps } from '../../../src/ui/hooks/useFirstViewSteps';

describe('useFirstViewSteps', () => {
  it('starts without the map, then the map, then its links, made in the last step and only once', async () => {
    const seen: number[] = [];
    const stepWhenPrepared: number[] = [];
    const prepareLinks = vi.fn(() => stepWhenPrepared.push(seen[seen.length - 1]!));
    const { result, rerender } = renderHook(() => {
      const step = useFirstViewSteps(prepareLinks);
      seen.push(step);
      return step;
    });
    expect(result.current).toBe(0);
    expect(prepareLinks).not.toHaveBeenCalled();
    await waitFor(() => expect(result.current).toBe(2));
    // Each step rendered on its own, in order; the links made once the map was there.
    expect([...new Set(seen)]).toEqual([0, 1, 2]);
    expect(stepWhenPrepared).toEqual([1]);
    rerender();
    expect(result.current).toBe(2);
    expect(prepareLinks).toHaveBeenCalledTimes(1);
  });

  it('makes the links with the function of the latest render', async () => {
    const first = vi.fn();
    const latest = vi.fn();
    const { result, rerender } = renderHook(({ prepare }) => useFirstViewSteps(prepare), { initialProps: { prepare: first } });
    rerender({ prepare: latest });
    await waitFor(() => expect(result.current).toBe(2));
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledTimes(1);
  });

  it('stops its steps when the page goes before they run', async () => {
    const prepareLinks = vi.fn();
    const { unmount } = renderHook(() => useFirstViewSteps(prepareLinks));
    unmount();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(prepareLinks).not.toHaveBeenCalled();
  });
});
