import { contrastRatio } from '../shared/contrast';

const WHITE = '#ffffff';
const DARK = '#1b1f24';
const DEFAULT_LINK = '#1d5fa7';

/**
 * CSS colours for a host's brand accent. The accent fills buttons, with
 * white or dark text, whichever reads at 4.5:1; links take the accent only
 * when it reads at 4.5:1 on white, else keep the map's own link colour.
 */
export function accentColours(accent: string): Record<string, string> {
  const onAccent = contrastRatio(accent, WHITE) >= 4.5 ? WHITE : DARK;
  const link = contrastRatio(accent, WHITE) >= 4.5 ? accent : DEFAULT_LINK;
  return { '--accent-fill': accent, '--accent-text': onAccent, '--accent': link };
}
