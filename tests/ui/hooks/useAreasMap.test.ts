import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NONE_COLOUR } from '../../../src/model/councilMetrics';
import { DEFAULT_STATE, type ViewState } from '../../../src/model/viewState';
import { loadAreaSelectors, useAreasMap } from '../../../src/ui/hooks/useAreasMap';
import { makeAppData } from '../../helpers/appData';

const data = makeAppData();

describe('useAreasMap', () => {
  it('gives nothing on the links map', () => {
    const { result } = renderHook(() => useAreasMap(data, DEFAULT_STATE, data.partnerships));
    expect(result.current).toBeNull();
  });

  it('on the areas map gives the values, the key and the fills of the measure, the same while the view is', async () => {
    const state: ViewState = { ...DEFAULT_STATE, layer: 'areas', year: 2018 };
    const { result, rerender } = renderHook((s: ViewState) => useAreasMap(data, s, data.partnerships), { initialProps: state });
    // Its selectors load with the first areas map: nothing until then.
    await waitFor(() => expect(result.current).not.toBeNull());
    const first = result.current!;
    expect(first.values.get('E09000015')).toBe(2);
    expect(first.fills!('E07000245')).toBe(NONE_COLOUR);
    expect(first.fills!('E09000015')).not.toBe(NONE_COLOUR);
    rerender({ ...state, council: 'E09000015' });
    expect(result.current).toBe(first);
    rerender({ ...state, measure: { kind: 'service', service: 'legal' } });
    expect(result.current!.values.get('E09000015')).toBe(1);
    expect(result.current!.values.has('E07000200')).toBe(false);
  });
});

describe('loadAreaSelectors', () => {
  it('loads the areas selectors once, the same object for every caller', async () => {
    const first = await loadAreaSelectors();
    expect(await loadAreaSelectors()).toBe(first);
    expect(typeof first.choropleth).toBe('function');
  });
});
