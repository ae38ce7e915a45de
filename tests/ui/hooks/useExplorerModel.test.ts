import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_STATE, type ViewState } from '../../../src/model/viewState';
import { useExplorerModel } from '../../../src/ui/hooks/useExplorerModel';
import { makeAppData } from '../../helpers/appData';

// The text of the partnerships is another hook's business (useDetails.test.ts).
vi.mock('../../../src/ui/hooks/useDetails', () => ({ useDetails: () => ({ status: 'loading' }) }));

const data = makeAppData();
const state = (patch: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_STATE, ...patch });

describe('useExplorerModel', () => {
  it('derives what the map and panel show from the view state', () => {
    const { result } = renderHook(() => useExplorerModel(data, state({ council: 'E09000015', year: 2016, services: ['legal', 'hr-payroll'] })));
    const m = result.current;
    expect(m.boundaryYear).toBe(2016);
    expect(m.shown.map((p) => p.id)).toEqual(['suffolk-ict', 'hb-public-law', 'harrow-barnet-hr']);
    expect(m.councilPartnerships.map((p) => p.id)).toEqual(['hb-public-law', 'harrow-barnet-hr']);
    expect(m.linkHighlight.highlighted).toEqual(new Set(['hb-public-law', 'harrow-barnet-hr']));
    expect(m.activeFilterCount).toBe(3);
    expect(new Set(m.links().map((link) => link.partnership.id))).toEqual(new Set(['suffolk-ict', 'hb-public-law', 'harrow-barnet-hr']));
    expect(m.panel.council).toBe('E09000015');
    expect(m.panel.councilPartnerships).toEqual(m.councilPartnerships);
    expect(m.panel.summary.partnerships).toBe(3);
    expect(m.rejected).toBe(data.rejected);
  });

  it('gives the same objects again while the inputs they come from are the same', () => {
    const services = ['legal'];
    const { result, rerender } = renderHook((s: ViewState) => useExplorerModel(data, s), { initialProps: state({ services }) });
    const before = result.current;
    rerender(state({ services, view: 'table' }));
    expect(result.current.shown).toBe(before.shown);
    expect(result.current.links()).toBe(before.links());
    expect(result.current.linkHighlight).toBe(before.linkHighlight);
    expect(result.current.boundaryFocus).toBe(before.boundaryFocus);
    expect(result.current.panel.summary).toBe(before.panel.summary);
    rerender(state({ services, partnership: 'hb-public-law' }));
    expect(result.current.selected?.id).toBe('hb-public-law');
    expect(result.current.linkHighlight).not.toBe(before.linkHighlight);
    expect(result.current.shown).toBe(before.shown);
  });
});
