import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { embedSnippet, embedUrl, type EmbedSettings } from '../model/embedSnippet';
import { LANGS, parseAccent, type ViewState } from '../model/viewState';

export interface EmbedDialogProps {
  open: boolean;
  appRoot: string;
  state: ViewState;
  /** What the embedded map is about, for the iframe's title. */
  subject: string | null;
  onClose(): void;
}

const DEFAULT_HEIGHT = 600;

/** "Embed this map": the iframe code for the current view, with a preview and a copy button. */
export function EmbedDialog({ open, appRoot, state, subject, onClose }: EmbedDialogProps) {
  const tr = useI18n();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  const [settings, setSettings] = useState<EmbedSettings>({ height: DEFAULT_HEIGHT, list: false, lang: state.lang, accent: null });
  const [accentText, setAccentText] = useState('');
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const title = subject ? tr.t('embed.iframeTitle', { name: subject }) : tr.t('embed.iframeTitleAll');
  const snippet = embedSnippet(appRoot, state, settings, title);
  const preview = embedUrl(appRoot, state, settings);

  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('done');
    } catch {
      // No clipboard access (an insecure page, or permission refused): select the code for the person to copy.
      code.current?.select();
      setCopied('failed');
    }
  }

  const update = (patch: Partial<EmbedSettings>) => {
    setSettings((s) => ({ ...s, ...patch }));
    setCopied('idle');
  };

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${id}-title`} onClose={onClose} onCancel={onClose}>
      <div className="dialog-header">
        <h2 id={`${id}-title`}>{tr.t('embed.title')}</h2>
        <button type="button" className="icon-button" aria-label={tr.t('embed.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <p>{tr.t('embed.intro')}</p>
      <EmbedOptionsFields
        id={id}
        settings={settings}
        accentText={accentText}
        onAccentText={(text) => {
          setAccentText(text);
          update({ accent: parseAccent(text) });
        }}
        onChange={update}
      />
      <label htmlFor={`${id}-code`} className="filter-label">
        {tr.t('embed.code')}
      </label>
      <textarea id={`${id}-code`} ref={code} className="embed-code" readOnly rows={4} value={snippet} onFocus={(e) => e.target.select()} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={copy}>
          {tr.t('embed.copy')}
        </button>
        <span role="status" className="hint">
          {copied === 'done' ? tr.t('embed.copied') : copied === 'failed' ? tr.t('embed.copyFailed') : ''}
        </span>
      </div>
      <p className="hint">{tr.t('embed.help')}</p>
      <h3>{tr.t('embed.preview')}</h3>
      {/* As tall as the code makes it, so the preview is what the host's page will show. */}
      {open && <iframe className="embed-preview" src={preview} title={title} height={settings.height} />}
    </dialog>
  );
}

/** The embed's settings: height, list, language and the host's accent colour. */
function EmbedOptionsFields({
  id,
  settings,
  accentText,
  onAccentText,
  onChange,
}: {
  id: string;
  settings: EmbedSettings;
  /** The accent as typed; the settings hold it only once it reads as a colour. */
  accentText: string;
  onAccentText(text: string): void;
  onChange(patch: Partial<EmbedSettings>): void;
}) {
  const tr = useI18n();
  return (
    <>
      <div className="embed-options">
        <label>
          {tr.t('embed.height')}
          <input
            type="number"
            min={300}
            max={2000}
            step={50}
            value={settings.height}
            onChange={(e) => onChange({ height: Math.min(2000, Math.max(300, Number(e.target.value) || DEFAULT_HEIGHT)) })}
          />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={settings.list} onChange={(e) => onChange({ list: e.target.checked })} />
          {tr.t('embed.list')}
        </label>
        <label>
          {tr.t('lang.label')}
          <select value={settings.lang} onChange={(e) => onChange({ lang: e.target.value as EmbedSettings['lang'] })}>
            {LANGS.map((lang) => (
              <option key={lang} value={lang} lang={lang}>
                {tr.t(`lang.${lang}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tr.t('embed.accent')}
          <input
            type="text"
            inputMode="text"
            spellCheck={false}
            value={accentText}
            aria-describedby={`${id}-accent-hint`}
            onChange={(e) => onAccentText(e.target.value)}
          />
        </label>
        <p id={`${id}-accent-hint`} className="hint">
          {tr.t('embed.accentHint')}
        </p>
      </div>
    </>
  );
}
