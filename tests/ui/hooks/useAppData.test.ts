import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DataLoadError, loadData } from '../../../src/data/loadData';
import { useAppData } from '../../../src/ui/hooks/useAppData';
import { makeAppData } from '../../helpers/appData';

vi.mock('../../../src/data/loadData', async (importOriginal) => ({ ...(await importOriginal<typeof import('../../../src/data/loadData')>()), loadData: vi.fn() }));
const load = vi.mocked(loadData);

beforeEach(() => {
  load.mockReset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('useAppData', () => {
  it('is loading, then ready with the data', async () => {
    const data = makeAppData();
    load.mockResolvedValue(data);
    const { result } = renderHook(() => useAppData());
    expect(result.current.state).toEqual({ status: 'loading' });
    await waitFor(() => expect(result.current.state).toEqual({ status: 'ready', data }));
  });

  it('says which file failed and why, and loads again on retry', async () => {
    load.mockRejectedValueOnce(new DataLoadError('councils.json', 'missing', 'HTTP 404'));
    const { result } = renderHook(() => useAppData());
    await waitFor(() => expect(result.current.state).toEqual({ status: 'error', file: 'councils.json', reason: 'missing' }));
    const data = makeAppData();
    load.mockResolvedValueOnce(data);
    act(() => result.current.retry());
    expect(result.current.state).toEqual({ status: 'loading' });
    await waitFor(() => expect(result.current.state).toEqual({ status: 'ready', data }));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('gives any other failure as "other", with no file', async () => {
    load.mockRejectedValueOnce(new TypeError('network'));
    const { result } = renderHook(() => useAppData());
    await waitFor(() => expect(result.current.state).toEqual({ status: 'error', file: null, reason: 'other' }));
  });
});
