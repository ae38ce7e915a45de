import { useEffect } from 'react';
import { loadCatalogue } from '../../i18n/catalogues';
import { LANGS, type Lang } from '../../model/viewState';
import { whenIdleAfterFirstView } from '../../map/firstViewDrawn';
import { loadEmbedDialog, loadFilters, loadMapTooltip, loadSearch, loadTableView } from '../lazyViews';
import { loadAreaSelectors } from './useAreasMap';
import { loadSelectionPanels } from './useSelectionPanels';

/**
 * Once the first view is up, fetch what later steps load on demand (the
 * table, the embed dialog, the search, the filters, the map's tooltip, the council and partnership panels, the areas map's model, the other language), so the map keeps working if
 * the connection drops.
 */
export function usePrefetchForOffline(lang: Lang): void {
  useEffect(
    function prefetchWhenIdle() {
      return whenIdleAfterFirstView(() => {
        void loadTableView().catch(() => {});
        void loadEmbedDialog().catch(() => {});
        void loadSearch().catch(() => {});
        void loadFilters().catch(() => {});
        void loadMapTooltip().catch(() => {});
        void loadSelectionPanels().catch(() => {});
        void loadAreaSelectors().catch(() => {});
        for (const other of LANGS) if (other !== lang) void loadCatalogue(other).catch(() => {});
      }, 5000);
    },
    // Once per page: the language at the start decides which catalogue is the other.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
}
