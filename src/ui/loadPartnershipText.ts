// The script of a partnership's text (sources, passages, savings as reported),
// fetched with the text itself (see PartnershipText.tsx) and with the English
// strings it uses.
import { withLaterMessages } from '../i18n/catalogues';

export const loadPartnershipText = withLaterMessages(() => import('./PartnershipText'));
