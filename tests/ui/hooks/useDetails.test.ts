import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDetails } from '../../../src/data/loadData';
import { markFirstViewDrawn } from '../../../src/map/firstViewDrawn';
import { whenIdle } from '../../../src/map/idleWork';
import { fetchDetails, useDetails } from '../../../src/ui/hooks/useDetails';

vi.mock('../../../src/data/loadData', async (importOriginal) => ({ ...(await importOriginal<typeof import('../../../src/data/loadData')>()), loadDetails: vi.fn() }));
vi.mock('../../../src/map/idleWork', () => ({ whenIdle: vi.fn(() => () => {}) }));
const load = vi.mocked(loadDetails);
const idle = vi.mocked(whenIdle);
const DETAILS = { byId: {}, rejected: [] };

beforeEach(() => {
  load.mockReset();
  idle.mockClear();
});

describe('fetchDetails', () => {
  it('fetches the details once for the page, and again after a failure', async () => {
    load.mockRejectedValueOnce(new Error('offline'));
    await expect(fetchDetails()).rejects.toThrow('offline');
    load.mockResolvedValue(DETAILS);
    const first = fetchDetails();
    expect(fetchDetails()).toBe(first);
    expect(await first).toBe(DETAILS);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('useDetails', () => {
  it('waits for the first view to be drawn and the browser to be idle when nothing needs the text yet', async () => {
    const { result } = renderHook(() => useDetails(false));
    expect(result.current).toEqual({ status: 'loading' });
    expect(idle).not.toHaveBeenCalled();
    act(() => markFirstViewDrawn());
    expect(idle).toHaveBeenCalledTimes(1);
    // The idle callback asks for the text (fetched once already, by the test above).
    act(() => idle.mock.calls[0]![0](null));
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', ...DETAILS }));
  });

  it('loads at once when a partnership is open, without waiting for idle', async () => {
    const { result } = renderHook(() => useDetails(true));
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', ...DETAILS }));
    expect(idle).not.toHaveBeenCalled();
  });
});
