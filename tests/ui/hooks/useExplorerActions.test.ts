import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useExplorerActions } from '../../../src/ui/hooks/useExplorerActions';
import { makeAppData } from '../../helpers/appData';

const data = makeAppData();

function setup(services: string[] = []) {
  const dispatch = vi.fn();
  const { result, rerender } = renderHook(({ s }) => useExplorerActions(data, s, dispatch), { initialProps: { s: services } });
  return { dispatch, result, rerender };
}

describe('useExplorerActions', () => {
  it('selects through one action, from wherever the choice was made', () => {
    const { dispatch, result } = setup();
    const a = result.current;
    a.openFromList('suffolk-ict');
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'select', target: { kind: 'partnership', id: 'suffolk-ict' } }, 'list');
    a.onSearch({ kind: 'council', code: 'E09000015', label: '', detail: '' });
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'select', target: { kind: 'council', code: 'E09000015' } }, 'search');
    a.onSearch({ kind: 'partnership', id: 'hb-public-law', label: '', detail: '' });
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'select', target: { kind: 'partnership', id: 'hb-public-law' } }, 'search');
    a.onSelectCouncil('E09000003');
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'select', target: { kind: 'council', code: 'E09000003' } }, 'map');
    a.onSelectLink({ partnership: data.partnershipById.get('hb-public-law')! } as never);
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'select', target: { kind: 'partnership', id: 'hb-public-law' } }, 'map');
  });

  it('turns a service on or off in the taxonomy’s order, as from the key', () => {
    const { dispatch, result } = setup(['legal']);
    result.current.toggleService('management');
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'setFilters', patch: { services: ['management', 'legal'] } }, 'legend');
    result.current.toggleService('legal');
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'setFilters', patch: { services: [] } }, 'legend');
  });

  it('sets and clears filters, the view, the language and the sort', () => {
    const { dispatch, result } = setup();
    result.current.setFilters({ year: 2020 });
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'setFilters', patch: { year: 2020 } }, 'panel');
    result.current.playYear(2021);
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'setFilters', patch: { year: 2021 } }, 'timeline');
    result.current.clearFilters();
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'clearFilters' }, 'panel');
    result.current.setView('table');
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'setView', view: 'table' }, 'panel');
    result.current.setLang('cy');
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'setLang', lang: 'cy' }, 'panel');
    result.current.setSort({ column: 'start', descending: true });
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'setSort', sort: { column: 'start', descending: true } }, 'table');
  });

  it('keeps the list’s handler the same while the services change, so the lists do not render again', () => {
    const { result, rerender } = setup(['legal']);
    const open = result.current.openFromList;
    const toggle = result.current.toggleService;
    rerender({ s: ['ict'] });
    expect(result.current.openFromList).toBe(open);
    expect(result.current.toggleService).not.toBe(toggle);
  });
});
