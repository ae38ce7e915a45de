import { useEffect, type RefObject } from 'react';
import type { SelectSource } from './useViewState';

/** The selections after which focus moves to the new panel: those made from a panel, a list, the search or the table. */
const MOVES_FOCUS: ReadonlySet<SelectSource> = new Set(['list', 'panel', 'search', 'table']);

/**
 * Move focus to the panel's heading when what the panel shows changes, if
 * the change came from a panel or list, so keyboard and screen-reader users
 * land on what they opened; a change from the map or the address leaves
 * focus where it is.
 */
export function useFocusOnChange(heading: RefObject<HTMLElement | null>, lastSource: SelectSource, council: string | null, partnership: string | null): void {
  useEffect(
    function focusNewPanel() {
      if (MOVES_FOCUS.has(lastSource)) heading.current?.focus();
    },
    // The panel's content decides; the source is read as it was then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [council, partnership],
  );
}
