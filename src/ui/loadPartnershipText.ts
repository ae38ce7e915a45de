// The script of a partnership's text (sources, passages, savings as reported),
// fetched with the text itself: see PartnershipText.tsx.
export const loadPartnershipText = () => import('./PartnershipText');
