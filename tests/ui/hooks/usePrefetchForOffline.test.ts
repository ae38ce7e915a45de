import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loadCatalogue } from '../../../src/i18n/catalogues';
import { markFirstViewDrawn } from '../../../src/map/firstViewDrawn';
import { whenIdle } from '../../../src/map/idleWork';
import { usePrefetchForOffline } from '../../../src/ui/hooks/usePrefetchForOffline';
import { loadAreaSelectors } from '../../../src/ui/hooks/useAreasMap';
import { loadSelectionPanels } from '../../../src/ui/hooks/useSelectionPanels';
import { loadEmbedDialog, loadFilters, loadMapTooltip, loadSearch, loadTableView } from '../../../src/ui/lazyViews';

vi.mock('../../../src/map/idleWork', () => ({ whenIdle: vi.fn((callback: (deadline: null) => void) => (callback(null), () => {})) }));
vi.mock('../../../src/i18n/catalogues', () => ({ loadCatalogue: vi.fn(() => Promise.resolve({})) }));
vi.mock('../../../src/ui/lazyViews', () => ({
  loadTableView: vi.fn(() => Promise.resolve()),
  loadEmbedDialog: vi.fn(() => Promise.resolve()),
  loadSearch: vi.fn(() => Promise.reject(new Error('offline'))),
  loadFilters: vi.fn(() => Promise.resolve()),
  loadMapTooltip: vi.fn(() => Promise.resolve()),
}));
vi.mock('../../../src/ui/hooks/useAreasMap', () => ({ loadAreaSelectors: vi.fn(() => Promise.resolve()) }));
vi.mock('../../../src/ui/hooks/useSelectionPanels', () => ({ loadSelectionPanels: vi.fn(() => Promise.resolve()) }));

describe('usePrefetchForOffline', () => {
  it('fetches, when idle after the first view is drawn and once per page, what later steps load and the other language', () => {
    const { rerender } = renderHook(({ lang }) => usePrefetchForOffline(lang), { initialProps: { lang: 'en' as 'en' | 'cy' } });
    rerender({ lang: 'cy' });
    expect(whenIdle).not.toHaveBeenCalled();
    expect(loadTableView).not.toHaveBeenCalled();
    markFirstViewDrawn();
    expect(whenIdle).toHaveBeenCalledTimes(1);
    for (const load of [loadTableView, loadEmbedDialog, loadSearch, loadFilters, loadMapTooltip, loadAreaSelectors, loadSelectionPanels]) expect(load).toHaveBeenCalledTimes(1);
    expect(vi.mocked(loadCatalogue).mock.calls).toEqual([['cy']]);
  });
});
