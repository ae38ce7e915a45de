import type { ReactNode, Ref } from 'react';
import { useI18n } from '../i18n/I18nContext';
import type { SearchIndex, SearchResult } from '../model/search';
import { LANGS, type Lang, type ViewMode } from '../model/viewState';
import { SearchBox } from './SearchBox';

// The page's frame: header and footer. The loading and error screens draw the
// same frame as the map, with the controls disabled, so nothing moves when
// the data arrives.

export interface AppHeaderProps {
  view: ViewMode;
  lang: Lang;
  /** Absent while the data loads: the controls are shown, disabled. */
  actions?: {
    searchIndex: SearchIndex | null;
    onSearchFirstUse(): void;
    onSearch(result: SearchResult): void;
    onView(view: ViewMode): void;
    onLang(lang: Lang): void;
    onEmbed(): void;
    embedButtonRef: Ref<HTMLButtonElement>;
  };
}

export function AppHeader({ view, lang, actions }: AppHeaderProps) {
  const tr = useI18n();
  const disabled = actions == null;
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{tr.t('app.title')}</h1>
        <p className="tagline">{tr.t('app.tagline')}</p>
      </div>
      <SearchBox index={actions?.searchIndex ?? null} onFirstUse={actions?.onSearchFirstUse} onChoose={(result) => actions?.onSearch(result)} disabled={disabled} />
      <div className="header-controls">
        <div className="segmented" role="group" aria-label={tr.t('view.label')}>
          {(['map', 'table'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} disabled={disabled} onClick={() => actions?.onView(v)}>
              {tr.t(`view.${v}`)}
            </button>
          ))}
        </div>
        <div className="segmented" role="group" aria-label={tr.t('lang.label')}>
          {LANGS.map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={lang === l} disabled={disabled} onClick={() => actions?.onLang(l)}>
              {tr.t(`lang.${l}`)}
            </button>
          ))}
        </div>
        <button ref={actions?.embedButtonRef} type="button" className="button secondary" aria-haspopup="dialog" disabled={disabled} onClick={() => actions?.onEmbed()}>
          {tr.t('embed.open')}
        </button>
      </div>
    </header>
  );
}

export function AppFooter() {
  const tr = useI18n();
  return (
    <footer className="app-footer">
      <p>
        <strong>{tr.t('footer.about')}.</strong> {tr.t('footer.aboutText')}
      </p>
      <p>
        <strong>{tr.t('footer.data')}.</strong> {tr.t('footer.attribution')} {tr.t('footer.palette')}
      </p>
    </footer>
  );
}

/**
 * The frame of the page with something in place of the map: the loading
 * screen or the error. In the embed, the embed's frame.
 */
export function StatusFrame({ embedded, children }: { embedded: boolean; children: ReactNode }) {
  const tr = useI18n();
  if (embedded) {
    return (
      <div className="app embed">
        <header className="embed-header">
          <p className="embed-title">
            <strong>{tr.t('app.title')}</strong>
          </p>
        </header>
        <main className="app-main embed-main">
          <div className="stage stage-status">{children}</div>
        </main>
      </div>
    );
  }
  return (
    <div className="app">
      <AppHeader view="map" lang={tr.lang} />
      <main className="app-main view-map">
        <div className="stage stage-status">{children}</div>
        <div className="panel panel-placeholder" />
      </main>
      <AppFooter />
    </div>
  );
}
