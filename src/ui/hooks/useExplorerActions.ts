import { useCallback, useMemo } from 'react';
import type { AppData } from '../../data/indexes';
import type { Action, FilterPatch } from '../../model/actions';
import type { Link } from '../../model/links';
import type { SearchResult } from '../../model/search';
import type { AreaMeasure, Lang, MapLayer, TableSort, ViewMode } from '../../model/viewState';
import type { SelectSource } from './useViewState';

export type SelectTarget = { kind: 'council'; code: string } | { kind: 'partnership'; id: string } | { kind: 'none' };

/**
 * The explorer's actions, each ending in one dispatch: a click on the map, a
 * search result, a list entry and a table row all select through `select`.
 * Stable while their inputs are, so the (memoised) lists do not render again
 * on every change of focus.
 */
export function useExplorerActions(data: AppData, services: readonly string[], dispatch: (action: Action, source?: SelectSource) => void) {
  const select = useCallback((target: SelectTarget, source: SelectSource) => dispatch({ type: 'select', target }, source), [dispatch]);
  const toggleService = useCallback(
    (id: string) => {
      const on = !services.includes(id);
      const next = data.services.map((s) => s.id).filter((s) => (s === id ? on : services.includes(s)));
      dispatch({ type: 'setFilters', patch: { services: next } }, 'legend');
    },
    [services, data, dispatch],
  );
  const bySelect = useMemo(
    () => ({
      openFromList: (id: string) => select({ kind: 'partnership', id }, 'list'),
      setFilters: (patch: FilterPatch) => dispatch({ type: 'setFilters', patch }, 'panel'),
      playYear: (year: number) => dispatch({ type: 'setFilters', patch: { year } }, 'timeline'),
      clearFilters: () => dispatch({ type: 'clearFilters' }, 'panel'),
      setView: (view: ViewMode) => dispatch({ type: 'setView', view }, 'panel'),
      setLang: (lang: Lang) => dispatch({ type: 'setLang', lang }, 'panel'),
      setSort: (sort: TableSort) => dispatch({ type: 'setSort', sort }, 'table'),
      setLayer: (layer: MapLayer) => dispatch({ type: 'setLayer', layer }, 'panel'),
      setMeasure: (measure: AreaMeasure) => dispatch({ type: 'setMeasure', measure }, 'panel'),
      onSearch: (result: SearchResult) => select(result.kind === 'council' ? { kind: 'council', code: result.code } : { kind: 'partnership', id: result.id }, 'search'),
      onSelectLink: (link: Link) => select({ kind: 'partnership', id: link.partnership.id }, 'map'),
      onSelectCouncil: (code: string) => select({ kind: 'council', code }, 'map'),
      toggleCompare: (code: string) => dispatch({ type: 'toggleCompare', code }, 'panel'),
      clearCompare: () => dispatch({ type: 'clearCompare' }, 'panel'),
    }),
    [select, dispatch],
  );
  return { select, toggleService, ...bySelect };
}

export type ExplorerActions = ReturnType<typeof useExplorerActions>;
