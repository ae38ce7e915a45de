import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { markFirstViewDrawn } from '../../../src/map/firstViewDrawn';
import { useFirstViewDrawn } from '../../../src/ui/hooks/useFirstViewDrawn';

describe('useFirstViewDrawn', () => {
  it('is false until the first view is drawn, then true, and true at once for what mounts after', () => {
    const { result } = renderHook(() => useFirstViewDrawn());
    expect(result.current).toBe(false);
    act(() => markFirstViewDrawn());
    expect(result.current).toBe(true);
    expect(renderHook(() => useFirstViewDrawn()).result.current).toBe(true);
  });
});
