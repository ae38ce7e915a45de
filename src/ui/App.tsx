import { useEffect, useState, type ReactNode } from 'react';
import type { AppData } from '../data/indexes';
import { loadCatalogue, loadedCatalogue } from '../i18n/catalogues';
import { I18nProvider, useI18n } from '../i18n/I18nContext';
import { startHeightReporter } from '../embed/heightReporter';
import { LANGS, parseEmbedOptions, type EmbedOptions, type Lang } from '../model/viewState';
import { StatusFrame } from './AppFrame';
import { accentColours } from './accent';
import { Explorer } from './Explorer';
import { useAppData } from './hooks/useAppData';
import { loadSelectionPanelsForAddress } from './hooks/useSelectionPanels';
import { useViewState } from './hooks/useViewState';
import { shellOutline } from './shellOutline';

/** The language asked for in the URL, before the data (and the full view state) is loaded. */
function langFromUrl(): Lang {
  const lang = new URLSearchParams(window.location.search).get('lang');
  return (LANGS as readonly string[]).includes(lang ?? '') ? (lang as Lang) : 'en';
}

function useDocumentLang(lang: Lang, title: string) {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = title;
  }, [lang, title]);
}

/** The embed's options, read from the address before the data (and the full view state) is loaded. */
function embedFromUrl(): EmbedOptions | null {
  return parseEmbedOptions(new URLSearchParams(window.location.search));
}

/**
 * The page as it will be, with a message where the map will be: the
 * document's language and title, and in an embed its accent, height and
 * height messages, are set already.
 */
function StatusScreen({ role, outline = null, children }: { role: 'status' | 'alert'; outline?: string | null; children: ReactNode }) {
  const tr = useI18n();
  useDocumentLang(tr.lang, tr.t('app.title'));
  const embed = embedFromUrl();
  useEmbedding(embed);
  return (
    <StatusFrame embedded={embed != null}>
      {outline && <img className="stage-outline" src={outline} alt="" />}
      <div className="status-message" role={role}>
        {children}
      </div>
    </StatusFrame>
  );
}

function Loading() {
  const tr = useI18n();
  return (
    <StatusScreen role="status" outline={shellOutline()}>
      <div className="spinner" aria-hidden="true" />
      <p>{tr.t('app.loading')}</p>
    </StatusScreen>
  );
}

function LoadError({ file, reason, onRetry }: { file: string | null; reason: 'missing' | 'corrupt' | 'other'; onRetry(): void }) {
  const tr = useI18n();
  const message = reason === 'missing' ? tr.t('app.errorMissing', { file: file ?? '' }) : reason === 'corrupt' ? tr.t('app.errorCorrupt', { file: file ?? '' }) : tr.t('app.errorOther');
  return (
    <StatusScreen role="alert">
      <h2>{tr.t('app.errorTitle')}</h2>
      <p>{message}</p>
      <button type="button" className="button" onClick={onRetry}>
        {tr.t('app.retry')}
      </button>
    </StatusScreen>
  );
}

/** In an embed: the host's accent and height, and the height messages to the host page. */
function useEmbedding(embed: EmbedOptions | null) {
  const accent = embed?.accent ?? null;
  const height = embed?.height ?? null;
  const embedded = embed != null;
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('embedded', embedded);
    // Set through the style object, which a strict Content-Security-Policy allows (style attributes it does not).
    const colours = accent ? accentColours(accent) : {};
    for (const [name, value] of Object.entries(colours)) root.style.setProperty(name, value);
    if (height) root.style.setProperty('--embed-height', `${height}px`);
    return () => {
      for (const name of Object.keys(colours)) root.style.removeProperty(name);
      root.style.removeProperty('--embed-height');
      root.classList.remove('embedded');
    };
  }, [embedded, accent, height]);
  useEffect(() => {
    if (!embedded) return;
    const element = document.getElementById('root');
    return element ? startHeightReporter({ element }) : undefined;
  }, [embedded]);
}

function Ready({ data }: { data: AppData }) {
  const { state, dispatch, lastSource } = useViewState(data);
  useEmbedding(state.embed);
  return (
    <I18nProvider lang={state.lang}>
      <DocumentLang />
      <Explorer data={data} state={state} dispatch={dispatch} lastSource={lastSource} />
    </I18nProvider>
  );
}

function DocumentLang() {
  const tr = useI18n();
  useDocumentLang(tr.lang, tr.t('app.title'));
  return null;
}

// Ask for the Welsh catalogue at once when the address asks for Welsh, so it arrives with the data.
if (langFromUrl() !== 'en') void loadCatalogue(langFromUrl());
// So with the panels' code when the address opens a council or a partnership.
loadSelectionPanelsForAddress(window.location.search);

/**
 * Whether the catalogue of the address's language has arrived (or failed, when
 * English stands in): the map waits for it, so a Welsh reader never sees it in
 * English first.
 */
function useUrlCatalogue(): boolean {
  const lang = langFromUrl();
  const [arrived, setArrived] = useState(() => loadedCatalogue(lang) != null);
  useEffect(() => {
    if (arrived) return;
    let cancelled = false;
    const settle = () => !cancelled && setArrived(true);
    loadCatalogue(lang).then(settle, settle);
    return () => {
      cancelled = true;
    };
  }, [lang, arrived]);
  return arrived;
}

export function App() {
  const { state, retry } = useAppData();
  const catalogueArrived = useUrlCatalogue();
  if (state.status === 'ready' && catalogueArrived) return <Ready data={state.data} />;
  return (
    <I18nProvider lang={langFromUrl()}>
      {state.status !== 'error' ? <Loading /> : <LoadError file={state.file} reason={state.reason} onRetry={retry} />}
    </I18nProvider>
  );
}
