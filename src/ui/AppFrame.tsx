import { useEffect, useLayoutEffect, useRef, type ReactNode, type Ref, type RefObject } from 'react';
import { useI18n } from '../i18n/I18nContext';
import type { SearchIndex, SearchResult } from '../model/search';
import { LANGS, type Lang, type ViewMode } from '../model/viewState';
import { followHeaderHeight, followInputModality } from './rootStyleHints';
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

/** The page's hints for its stylesheet: the header's height (the map fills the rest of the window) and the last kind of input. */
function useRootStyleHints(header: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => (header.current ? followHeaderHeight(header.current) : undefined), [header]);
  useEffect(() => followInputModality(document), []);
}

export function AppHeader({ view, lang, actions }: AppHeaderProps) {
  const tr = useI18n();
  const header = useRef<HTMLElement>(null);
  useRootStyleHints(header);
  const disabled = actions == null;
  return (
    <header ref={header} className="app-header">
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
 * The embed's title line: the page's level-one heading (the map's name and
 * what it is about), and whatever else the layout puts beside it.
 */
export function EmbedHeader({ subject, children }: { subject?: string | null; children?: ReactNode }) {
  const tr = useI18n();
  const header = useRef<HTMLElement>(null);
  useRootStyleHints(header);
  return (
    <header ref={header} className="embed-header">
      <h1 className="embed-title">
        <strong>{tr.t('app.title')}</strong>
        {subject && <span>: {subject}</span>}
      </h1>
      {children}
    </header>
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
        <EmbedHeader />
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
