import { Suspense, useEffect, type ReactNode } from 'react';
import type { AppData } from '../data/indexes';
import { appRoot } from '../data/appRoot';
import { useI18n } from '../i18n/I18nContext';
import { markFirstViewDrawn } from '../map/firstViewDrawn';
import { viewUrl } from '../model/embedSnippet';
import type { ViewState } from '../model/viewState';
import { AppFooter, AppHeader, EmbedHeader } from './AppFrame';
import type { ExplorerActions } from './hooks/useExplorerActions';
import { useEmbedDialog } from './hooks/useEmbedDialog';
import type { ExplorerModel } from './hooks/useExplorerModel';
import { useSearch } from './hooks/useSearch';
import { EmbedDialog, TableView } from './lazyViews';

// The explorer's two layouts: the full page, and the embed (the same app
// with fewer controls, sized for a host's page). Both take the map stage and
// the panel ready made.

export interface LayoutProps {
  data: AppData;
  state: ViewState;
  model: ExplorerModel;
  actions: ExplorerActions;
  mapStage: ReactNode;
  panel: ReactNode;
  /** What the view is about (the focused council or open partnership), for titles. */
  subjectName: string | null;
  announcement: string;
}

/** The live region: what changed, in a sentence. */
function LiveRegion({ announcement }: { announcement: string }) {
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {announcement}
    </div>
  );
}

/** The embed: a title line with a link to the full map, the map, and the panel when it has something to show. */
export function EmbedLayout({ state, model, mapStage, panel, subjectName, announcement }: LayoutProps) {
  const tr = useI18n();
  const embed = state.embed!;
  const showPanel = embed.list || model.selected != null || state.council != null || model.rejected.length > 0;
  return (
    <div className={`app embed${embed.height ? ' fixed-height' : ''}`}>
      <EmbedHeader subject={subjectName}>
        <a href={viewUrl(appRoot(), { ...state, embed: null })} target="_blank" rel="noopener">
          {tr.t('embed.openFull')}
          <span className="visually-hidden"> {tr.t('embed.newWindow')}</span>
        </a>
      </EmbedHeader>
      <main className="app-main embed-main">
        <div className="stage">{mapStage}</div>
        {showPanel && panel}
      </main>
      <LiveRegion announcement={announcement} />
    </div>
  );
}

/** The full page: header with search and controls, the map or the table, the panel, the embed dialog and the footer. */
export function FullLayout({ data, state, model, actions, mapStage, panel, subjectName, announcement }: LayoutProps) {
  const tr = useI18n();
  const search = useSearch(data, tr);
  const embedDialog = useEmbedDialog();
  // A page opened on the table has no map to draw: its first view is the table, and what waits for the first view starts.
  useEffect(() => void (state.view === 'table' && markFirstViewDrawn()), [state.view]);
  return (
    <div className="app">
      <a className="skip-link" href="#panel">
        {tr.t('app.skipToPanel')}
      </a>
      <AppHeader
        view={state.view}
        lang={state.lang}
        actions={{
          searchIndex: search.index,
          onSearchFirstUse: search.onFirstUse,
          onSearch: actions.onSearch,
          onView: actions.setView,
          onLang: actions.setLang,
          onEmbed: embedDialog.show,
          embedButtonRef: embedDialog.buttonRef,
        }}
      />
      <main className={`app-main view-${state.view}`}>
        <div className="stage">
          {state.view === 'table' ? (
            <Suspense fallback={<p className="hint">{tr.t('app.loading')}</p>}>
              <TableView
                data={data}
                partnerships={model.shown}
                sort={state.sort}
                selected={state.partnership}
                onSort={actions.setSort}
                onOpen={(id) => actions.select({ kind: 'partnership', id }, 'table')}
              />
            </Suspense>
          ) : (
            mapStage
          )}
        </div>
        {panel}
      </main>
      <LiveRegion announcement={announcement} />
      {embedDialog.open && (
        <Suspense fallback={null}>
          <EmbedDialog open={embedDialog.open} appRoot={appRoot()} state={state} subject={subjectName} onClose={embedDialog.close} />
        </Suspense>
      )}
      <AppFooter />
    </div>
  );
}
