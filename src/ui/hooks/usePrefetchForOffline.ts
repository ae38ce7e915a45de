import { useEffect } from 'react';
import { loadCatalogue } from '../../i18n/catalogues';
import { whenIdle } from '../../map/idleWork';
import { LANGS, type Lang } from '../../model/viewState';
import { loadEmbedDialog, loadFilters, loadMapTooltip, loadSearch, loadTableView } from '../lazyViews';

/**
 * Once the first view is up, fetch what later steps load on demand (the
 * table, the embed dialog, the search, the filters, the map's tooltip, the other language), so the map keeps working if
 * the connection drops.
 */
export function usePrefetchForOffline(lang: Lang): void {
  useEffect(
    function prefetchWhenIdle() {
      return whenIdle(() => {
        void loadTableView().catch(() => {});
        void loadEmbedDialog().catch(() => {});
        void loadSearch().catch(() => {});
        void loadFilters().catch(() => {});
        void loadMapTooltip().catch(() => {});
        for (const other of LANGS) if (other !== lang) void loadCatalogue(other).catch(() => {});
      }, 5000);
    },
    // Once per page: the language at the start decides which catalogue is the other.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
}
