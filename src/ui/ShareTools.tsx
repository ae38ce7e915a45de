import { useEffect, useRef, useState } from 'react';
import { appRoot } from '../data/appRoot';
import type { AppData } from '../data/indexes';
import { useI18n } from '../i18n/I18nContext';
import { viewUrl } from '../model/embedSnippet';
import type { ViewState } from '../model/viewState';
import { loadExportPng } from './lazyViews';

export interface ShareToolsProps {
  data: AppData;
  state: ViewState;
  /** How many partnerships the view shows, for the picture's caption. */
  shownCount: number;
  /** The map's element, whose canvases the picture is made of. */
  mapElement(): HTMLElement | null;
}

/** How long a confirmation stays on screen. */
const CONFIRMATION_MS = 5000;

/** Copy the view's address, and download the map as a PNG; each says what it did, on screen and to screen readers. */
export function ShareTools({ data, state, shownCount, mapElement }: ShareToolsProps) {
  const tr = useI18n();
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const say = (text: string) => {
    setMessage(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(''), CONFIRMATION_MS);
  };
  const address = () => viewUrl(appRoot(), { ...state, embed: null });

  async function copyLink() {
    const url = address();
    try {
      await navigator.clipboard.writeText(url);
      say(tr.t('share.copied'));
    } catch {
      // No clipboard (an insecure page, a refusal): the address itself, to copy by hand.
      say(tr.t('share.copyFailed', { url }));
    }
  }

  async function downloadPng() {
    const element = mapElement();
    try {
      if (!element) throw new Error('no map');
      const { viewPicture, downloadPicture } = await loadExportPng();
      const picture = viewPicture(element, { state, data, shownCount, address: address() }, tr, window.devicePixelRatio || 1);
      await downloadPicture(picture, `${tr.t('share.pngFile')}.png`);
      say(tr.t('share.pngDone'));
    } catch {
      say(tr.t('share.pngFailed'));
    }
  }

  return (
    <div className="share-tools">
      <button type="button" className="button secondary" onClick={copyLink}>
        {tr.t('share.copyLink')}
      </button>
      {state.view === 'map' && (
        <button type="button" className="button secondary" onClick={downloadPng}>
          {tr.t('share.png')}
        </button>
      )}
      <p className="share-status" aria-live="polite" aria-atomic="true">
        {message}
      </p>
    </div>
  );
}
