import { useCallback, useEffect, useRef, type RefCallback } from 'react';
import type { SelectSource } from './useViewState';

/** The selections after which focus moves to the new panel: those made from a panel, a list, the search or the table. */
const MOVES_FOCUS: ReadonlySet<SelectSource> = new Set(['list', 'panel', 'search', 'table']);

/**
 * Move focus to the panel's heading when what the panel shows changes, if
 * the change came from a panel or list, so keyboard and screen-reader users
 * land on what they opened; a change from the map or the address leaves
 * focus where it is.
 *
 * Returns the ref for the heading. The panels' code loads after the first
 * view, so a heading may arrive after the change: focus then moves when it
 * is attached.
 */
export function useFocusOnChange(lastSource: SelectSource, council: string | null, partnership: string | null): RefCallback<HTMLElement> {
  const heading = useRef<HTMLElement | null>(null);
  const pending = useRef(false);
  useEffect(
    function focusNewPanel() {
      if (!MOVES_FOCUS.has(lastSource)) return;
      heading.current?.focus();
      // Not focused (no heading yet, or the old one hidden while the new panel loads): focus the next one attached.
      pending.current = heading.current == null || document.activeElement !== heading.current;
    },
    // The panel's content decides; the source is read as it was then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [council, partnership],
  );
  return useCallback((element: HTMLElement | null) => {
    heading.current = element;
    if (element && pending.current) {
      pending.current = false;
      element.focus();
    }
  }, []);
}
