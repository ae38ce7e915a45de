import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useViewState, viewStateContext } from '../../../src/ui/hooks/useViewState';
import { makeAppData } from '../../helpers/appData';

const data = makeAppData();
const address = () => `${window.location.pathname}${window.location.search}`;

afterEach(() => window.history.replaceState(null, '', '/'));

describe('viewStateContext', () => {
  it('gives the parser what the data allows', () => {
    const context = viewStateContext(data);
    expect(context.serviceIds).toEqual(['management', 'hr-payroll', 'ict', 'legal', 'regulatory']);
    expect(context.areaSlugs).toContain('wales');
    expect(context.areaSlugs).toContain('london');
    expect(context.councils.has('E09000015')).toBe(true);
    expect(context.councils.has('X1')).toBe(false);
  });
});

describe('useViewState', () => {
  it('reads the view from the address, and writes back a clean one in its place', () => {
    window.history.replaceState(null, '', '/?council=E09000015&services=legal,nonsense&zoom=3');
    const length = window.history.length;
    const { result } = renderHook(() => useViewState(data));
    expect(result.current.state.council).toBe('E09000015');
    expect(result.current.state.services).toEqual(['legal']);
    expect(result.current.lastSource).toBe('url');
    expect(address()).toBe('/?council=E09000015&services=legal');
    expect(window.history.length).toBe(length);
  });

  it('pushes a history entry for each change, with its source, and ignores a change that changes nothing', () => {
    const { result } = renderHook(() => useViewState(data));
    const length = window.history.length;
    act(() => result.current.dispatch({ type: 'select', target: { kind: 'partnership', id: 'hb-public-law' } }, 'list'));
    expect(result.current.state.partnership).toBe('hb-public-law');
    expect(result.current.lastSource).toBe('list');
    expect(address()).toBe('/?partnership=hb-public-law');
    expect(window.history.length).toBe(length + 1);
    const before = result.current.state;
    // A partnership the data does not have changes nothing.
    act(() => result.current.dispatch({ type: 'select', target: { kind: 'partnership', id: 'no-such' } }, 'map'));
    expect(result.current.state).toBe(before);
    expect(window.history.length).toBe(length + 1);
    expect(result.current.lastSource).toBe('list');
  });

  it('replaces the entry for a year stepped by the playing timeline, so Back leaves the play in one step', () => {
    const { result } = renderHook(() => useViewState(data));
    const length = window.history.length;
    act(() => result.current.dispatch({ type: 'setFilters', patch: { year: 2015 } }, 'panel'));
    expect(window.history.length).toBe(length + 1);
    act(() => result.current.dispatch({ type: 'setFilters', patch: { year: 2016 } }, 'timeline'));
    act(() => result.current.dispatch({ type: 'setFilters', patch: { year: 2017 } }, 'timeline'));
    expect(result.current.state.year).toBe(2017);
    expect(result.current.lastSource).toBe('timeline');
    expect(address()).toBe('/?year=2017');
    expect(window.history.length).toBe(length + 1);
  });

  it('follows back and forward', () => {
    const { result } = renderHook(() => useViewState(data));
    act(() => result.current.dispatch({ type: 'select', target: { kind: 'council', code: 'E09000003' } }, 'map'));
    act(() => {
      window.history.replaceState(null, '', '/?council=E09000015');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current.state.council).toBe('E09000015');
    expect(result.current.lastSource).toBe('url');
  });
});
