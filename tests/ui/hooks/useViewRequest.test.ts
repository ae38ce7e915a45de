import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { BoundaryLayer } from '../../../src/map/boundaryLayer';
import { UK_BOUNDS } from '../../../src/map/MapView';
import { DEFAULT_STATE, type ViewState } from '../../../src/model/viewState';
import { useViewRequest } from '../../../src/ui/hooks/useViewRequest';
import type { SelectSource } from '../../../src/ui/hooks/useViewState';
import { makeAppData } from '../../helpers/appData';

const data = makeAppData();
const state = (patch: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_STATE, ...patch });

function setup(initial: ViewState, source: SelectSource) {
  return renderHook(({ s, src }) => useViewRequest(data, s, src), { initialProps: { s: initial, src: source } });
}

describe('useViewRequest', () => {
  it('asks for an open partnership’s councils to be brought into view', () => {
    const { result } = setup(state({ partnership: 'harrow-barnet-hr' }), 'url');
    const request = result.current!;
    const bounds = request.bounds({} as BoundaryLayer)!;
    expect([bounds.getSouth(), bounds.getWest(), bounds.getNorth(), bounds.getEast()]).toEqual([51.59, -0.34, 51.62, -0.21]);
  });

  it('asks for a focused council’s area and its partners’ from the boundary layer, with a new number for each request', () => {
    const layer = { boundsOf: vi.fn(() => null) } as unknown as BoundaryLayer;
    const { result, rerender } = setup(state({ council: 'E09000015' }), 'search');
    const first = result.current!;
    first.bounds(layer);
    expect(layer.boundsOf).toHaveBeenCalledWith(expect.arrayContaining(['E09000015', 'E09000003']));
    rerender({ s: state({ council: 'E09000003' }), src: 'list' });
    expect(result.current!.seq).toBeGreaterThan(first.seq);
  });

  it('zooms to a region or nation chosen, and back to the UK when it is cleared', () => {
    const layer = { boundsOf: vi.fn(() => null) } as unknown as BoundaryLayer;
    const { result, rerender } = setup(state(), 'url');
    expect(result.current).toBeNull();
    rerender({ s: state({ area: 'london' }), src: 'panel' });
    result.current!.bounds(layer);
    const codes = (layer.boundsOf as unknown as { mock: { calls: string[][][] } }).mock.calls[0]![0]!;
    expect(codes).toEqual(expect.arrayContaining(['E09000015', 'E09000003']));
    expect(codes.every((code) => data.councilByCode.get(code)?.region === 'London')).toBe(true);
    rerender({ s: state(), src: 'panel' });
    expect(result.current!.bounds(layer)).toBe(UK_BOUNDS);
  });

  it('moves nothing for a choice made on the map, or a change that is not of the selection', () => {
    const { result, rerender } = setup(state(), 'url');
    expect(result.current).toBeNull();
    rerender({ s: state({ council: 'E09000015' }), src: 'map' });
    expect(result.current).toBeNull();
    rerender({ s: state({ council: 'E09000015', services: ['legal'] }), src: 'panel' });
    expect(result.current).toBeNull();
  });
});
