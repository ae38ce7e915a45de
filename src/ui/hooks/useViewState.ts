import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppData } from '../../data/indexes';
import { reduceView, type Action } from '../../model/actions';
import { parseViewState, serializeViewState, slugify, type ViewState, type ViewStateContext } from '../../model/viewState';

export function viewStateContext(data: AppData): ViewStateContext {
  return {
    councils: data.councilByCode,
    partnerships: data.partnershipById,
    serviceIds: data.services.map((s) => s.id),
    areaSlugs: data.areas.flatMap((a) => [slugify(a.nation), ...a.regions.map(slugify)]),
    firstYear: data.firstYear,
    lastYear: data.lastYear,
  };
}

function urlOf(state: ViewState): string {
  const query = serializeViewState(state);
  return `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
}

function currentUrl(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}

// 'timeline': a year stepped by playing the timeline, which replaces the address rather than pushing one entry a second.
export type SelectSource = 'map' | 'search' | 'list' | 'table' | 'url' | 'legend' | 'panel' | 'timeline';

/**
 * The view state, kept in the URL: read on start and on back/forward,
 * written (as a new history entry) on every change, but a step of the
 * playing timeline, which replaces the current entry (one entry for a play).
 */
export function useViewState(data: AppData): {
  state: ViewState;
  dispatch: (action: Action, source?: SelectSource) => void;
  /** The source of the latest change, so the map moves only for selections made elsewhere. */
  lastSource: SelectSource;
} {
  const context = useMemo(() => viewStateContext(data), [data]);
  const [state, setState] = useState(() => parseViewState(window.location.search, context));
  const [lastSource, setLastSource] = useState<SelectSource>('url');
  const stateRef = useRef(state);

  useEffect(() => {
    // An address with parts the app could not read (a typo, a truncated or
    // hostile link) is replaced by the one it did read, so what is shared on
    // from here is clean. Replaced, not pushed: Back still leaves the page.
    const url = urlOf(stateRef.current);
    if (url !== currentUrl()) window.history.replaceState(null, '', url);
  }, []);

  useEffect(() => {
    function onPopState() {
      const next = parseViewState(window.location.search, context);
      stateRef.current = next;
      setState(next);
      setLastSource('url');
    }
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [context]);

  const dispatch = useCallback(
    (action: Action, source: SelectSource = 'panel') => {
      const next = reduceView(stateRef.current, action, data);
      if (next === stateRef.current) return;
      stateRef.current = next;
      setState(next);
      setLastSource(source);
      const url = urlOf(next);
      if (url !== currentUrl()) window.history[source === 'timeline' ? 'replaceState' : 'pushState'](null, '', url);
    },
    [data],
  );
  return { state, dispatch, lastSource };
}
