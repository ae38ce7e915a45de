import type { Lang } from '../model/viewState';

// How every list of the interface is joined (service areas, councils,
// claims): the language's own "A, B and C", unless an item has an "and" or
// a comma of its own ("HR and payroll", "Waste, environment and transport",
// "Brighton and Hove"), when "A, B and C" no longer shows where one item
// ends, and the items are joined by semicolons instead.

/** The word "and" (Welsh "a", "ac", or Intl's "a(c)") or a comma inside an item. */
const INNER_JOIN: Record<Lang, RegExp> = {
  en: /,|\band\b|&/i,
  cy: /,|(^|\s)(a|ac|a\(c\))(\s|$)|&/i,
};

/** Intl writes Welsh "and" as "a(c)"; Welsh uses "ac" before a vowel and "a" before a consonant. */
export function welshAnd(text: string): string {
  return text.replace(/ a\(c\) (\S)/g, (_, next: string) => (/[aeiouwyâêîôûŵŷáéíóú]/i.test(next) ? ` ac ${next}` : ` a ${next}`));
}

/** Whether an item of a list has its own "and" or comma, so the list needs semicolons. */
export function hasInnerJoin(item: string, lang: Lang): boolean {
  return INNER_JOIN[lang].test(item);
}

/**
 * A list in words: "Harrow, Barnet and Brent" (by `conjunction`, the
 * language's Intl.ListFormat), or "HR and payroll; finance and insurance;
 * waste, environment and transport" when any item has its own "and" or comma.
 */
export function joinList(items: readonly string[], lang: Lang, conjunction: (items: string[]) => string): string {
  if (items.some((item) => hasInnerJoin(item, lang))) return items.join('; ');
  const joined = conjunction([...items]);
  return lang === 'cy' ? welshAnd(joined) : joined;
}
