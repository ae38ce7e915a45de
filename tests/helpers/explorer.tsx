import { render, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { AppData } from '../../src/data/indexes';
import { I18nProvider } from '../../src/i18n/I18nContext';
import type { MapViewProps } from '../../src/map/MapView';
import type { Action } from '../../src/model/actions';
import { DEFAULT_STATE, type ViewState } from '../../src/model/viewState';
import { useExplorerActions, type ExplorerActions } from '../../src/ui/hooks/useExplorerActions';
import { useExplorerModel, type ExplorerModel } from '../../src/ui/hooks/useExplorerModel';

// For tests of the explorer's parts, in jsdom: a stand-in for the map, and a
// way to render a part with the model and actions the explorer would give it.

let lastMapProps: MapViewProps | null = null;

/**
 * The map module with its map replaced by a stand-in that records what it is
 * handed (the real map needs a real browser: tests/e2e). For
 * vi.mock('…/src/map/MapView', async () => (await import('…/helpers/explorer')).mapViewStub).
 */
export const mapViewStub = {
  MapView(props: MapViewProps) {
    lastMapProps = props;
    return <div className="map-stand-in" />;
  },
};

/** What the stand-in map was handed at its last render. */
export function mapProps(): MapViewProps {
  if (!lastMapProps) throw new Error('the map has not been rendered');
  return lastMapProps;
}

/** Forget what the stand-in map was handed (before a new render). */
export function forgetMapProps(): void {
  lastMapProps = null;
}

/**
 * Wait for the map's first view to come as far as its links (the map is made
 * a paint after the page, its links a paint after that: useFirstViewSteps).
 */
export async function mapWithLinks(): Promise<MapViewProps> {
  await waitFor(() => {
    if (!lastMapProps?.links) throw new Error(lastMapProps ? 'the map has no links yet' : 'the map has not been rendered');
  });
  return lastMapProps!;
}

/** Render, in English, a part of the explorer given the model and actions for a view state. */
export function renderWithModel(
  data: AppData,
  patch: Partial<ViewState>,
  part: (state: ViewState, model: ExplorerModel, actions: ExplorerActions) => ReactNode,
  dispatch: (action: Action) => void = () => {},
) {
  const state: ViewState = { ...DEFAULT_STATE, ...patch };
  forgetMapProps();
  function Host() {
    const model = useExplorerModel(data, state);
    const actions = useExplorerActions(data, state.services, dispatch);
    return <>{part(state, model, actions)}</>;
  }
  return render(
    <I18nProvider lang="en">
      <Host />
    </I18nProvider>,
  );
}
