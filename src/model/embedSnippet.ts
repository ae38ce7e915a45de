import type { Lang, ViewState } from './viewState';
import { serializeViewState } from './viewState';

// The address and the HTML a council pastes into its page to embed the map
// as it is now: same focus, filters and year, with the embed's own options.

export interface EmbedSettings {
  height: number;
  list: boolean;
  lang: Lang;
  accent: string | null;
}

/** The address of the page that shows a view: the app's root with the view in its query. */
export function viewUrl(appRoot: string, state: ViewState): string {
  const query = serializeViewState(state);
  return `${appRoot}${query ? `?${query}` : ''}`;
}

export function embedUrl(appRoot: string, state: ViewState, settings: EmbedSettings): string {
  return viewUrl(appRoot, {
    ...state,
    view: 'map',
    lang: settings.lang,
    embed: { list: settings.list, height: settings.height, accent: settings.accent },
  });
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * An iframe with a title (its name for screen readers) and a fixed height
 * that works on its own, and the script that lets it take the height its
 * content needs. Valid HTML as the W3C checker reads it: a width of "100%"
 * and frameborder are not (width is whole pixels; frameborder is obsolete),
 * so the full width and the lack of a border are a style attribute, and
 * embed.js sets them again through the style object for a host page whose
 * own Content-Security-Policy forbids style attributes.
 */
export function embedSnippet(appRoot: string, state: ViewState, settings: EmbedSettings, title: string): string {
  const src = embedUrl(appRoot, state, settings);
  return [
    `<iframe src="${attribute(src)}" title="${attribute(title)}" height="${settings.height}" style="width: 100%; border: 0" loading="lazy" allow="clipboard-write"></iframe>`,
    `<script src="${attribute(`${appRoot}embed.js`)}" async></script>`,
  ].join('\n');
}
