import type { AppData } from '../data/indexes';
import { useI18n } from '../i18n/I18nContext';
import type { Action } from '../model/actions';
import type { ViewState } from '../model/viewState';
import { councilNameByCode } from './describe';
import { ExplorerPanel } from './ExplorerPanel';
import { EmbedLayout, FullLayout } from './ExplorerLayouts';
import { useAnnouncement } from './hooks/useAnnouncement';
import { useExplorerActions } from './hooks/useExplorerActions';
import { useExplorerModel } from './hooks/useExplorerModel';
import { useFocusOnChange } from './hooks/useFocusOnChange';
import { usePrefersReducedMotion } from './hooks/usePrefersReducedMotion';
import { usePrefetchForOffline } from './hooks/usePrefetchForOffline';
import { useViewRequest } from './hooks/useViewRequest';
import type { SelectSource } from './hooks/useViewState';
import { MapStage } from './MapStage';

// The explorer: the map and the panel, laid out for the page or for an embed.
// Each of its jobs has a hook or component named for it; this file only puts
// them together.

export interface ExplorerProps {
  data: AppData;
  state: ViewState;
  dispatch(action: Action, source?: SelectSource): void;
  lastSource: SelectSource;
}

export function Explorer({ data, state, dispatch, lastSource }: ExplorerProps) {
  const tr = useI18n();
  const model = useExplorerModel(data, state);
  const actions = useExplorerActions(data, state.services, dispatch);
  const viewRequest = useViewRequest(data, state, lastSource);
  const reducedMotion = usePrefersReducedMotion();
  const headingRef = useFocusOnChange(lastSource, model.panel.council, model.panel.partnership);
  const announcement = useAnnouncement(
    { selected: model.selected, council: state.council, councilPartnerships: model.councilPartnerships, shownCount: model.shown.length },
    data,
    tr,
  );
  usePrefetchForOffline(state.lang);

  const Layout = state.embed ? EmbedLayout : FullLayout;
  return (
    <Layout
      data={data}
      state={state}
      model={model}
      actions={actions}
      mapStage={<MapStage data={data} state={state} model={model} actions={actions} viewRequest={viewRequest} reducedMotion={reducedMotion} />}
      panel={<ExplorerPanel data={data} state={state} model={model} actions={actions} headingRef={headingRef} />}
      subjectName={state.council ? councilNameByCode(state.council, data, tr) : (model.selected?.name ?? null)}
      announcement={announcement}
    />
  );
}
