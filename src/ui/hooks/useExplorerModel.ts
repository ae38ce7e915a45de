import { useDeferredValue, useState } from 'react';
import type { AppData } from '../../data/indexes';
import { activeFilterCount, createExplorerSelectors, createPanelSelectors, type PanelView } from '../../model/selectors';
import type { ViewState } from '../../model/viewState';
import { boundaryYearFor } from '../../model/years';
import { useDetails } from './useDetails';

/**
 * The explorer's derived data for the view state, from the selectors of
 * src/model/selectors.ts: what the map draws at once, and what the panel
 * shows a moment after.
 */
export function useExplorerModel(data: AppData, state: ViewState) {
  const [selectors] = useState(createExplorerSelectors);
  const [panelSelectors] = useState(createPanelSelectors);
  const shown = selectors.shown(data, state);
  const selected = selectors.selected(data, state);
  // The panel follows the selection and the filters a moment after the map: React renders the
  // map's new highlighting first, and the panel (the summary over every partnership shown, and
  // a longer list to lay out) in the frames after.
  const panelView: PanelView = {
    council: useDeferredValue(state.council),
    partnership: useDeferredValue(state.partnership),
    shown: useDeferredValue(shown),
    year: useDeferredValue(state.year),
  };
  const details = useDetails(selected != null);
  return {
    boundaryYear: boundaryYearFor(state.year),
    shown,
    selected,
    undatedHidden: selectors.undatedHidden(data, state),
    widthScale: selectors.widthScale(data),
    /** The links the map draws (made when first asked for: the map asks in a task of its own, see useFirstViewSteps). */
    links: () => selectors.links(data, state),
    councilPartnerships: selectors.councilPartnerships(data, state),
    linkHighlight: selectors.linkHighlight(data, state),
    boundaryFocus: selectors.boundaryFocus(data, state),
    colour: selectors.colour(data),
    activeFilterCount: activeFilterCount(state),
    details,
    rejected: panelSelectors.rejected(data, details.status === 'ready' ? details.rejected : null),
    panel: {
      ...panelView,
      selected: panelSelectors.selected(data, panelView),
      summary: panelSelectors.summary(data, panelView),
      councilPartnerships: panelSelectors.councilPartnerships(data, panelView),
    },
  };
}

export type ExplorerModel = ReturnType<typeof useExplorerModel>;
