import type { Lang } from '../model/viewState';
import { loadedCatalogue } from './catalogues';
import { en, type Messages } from './en';
import { joinList } from './joinList';

// Every user-facing string comes from a catalogue per language (en.ts,
// cy.ts); numbers, money, dates and lists go through Intl with the
// language's locale. Plural forms follow Intl.PluralRules, which matters in
// Welsh: it has six (zero, one, two, few, many, other).

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type MessageKey = keyof Messages;
type Params = Record<string, string | number>;

export const LOCALES: Record<Lang, string> = { en: 'en-GB', cy: 'cy' };

function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}


export interface Translator {
  lang: Lang;
  locale: string;
  /** A message, with {placeholders} filled in; for plural messages, params.count chooses the form. */
  t(key: MessageKey, params?: Params): string;
  /** A message whose key is made at run time ("region." + slug); the key itself when it is missing. */
  tx(key: string, params?: Params): string;
  number(value: number): string;
  /** "£670k", "£3.1m": compact, two significant figures. */
  money(value: number): string;
  /** A range of money, or one figure when both ends round the same. */
  moneyRange(low: number, high: number): string;
  /** A list in words, by joinList: semicolons between items that have their own "and" or comma. */
  list(items: readonly string[]): string;
  date(iso: string): string;
}

/** A translator for a language whose catalogue is given, or already loaded (English always is). */
export function createTranslator(lang: Lang, catalogue?: Messages): Translator {
  const messages = catalogue ?? loadedCatalogue(lang) ?? en;
  const locale = LOCALES[lang];
  // Intl objects are slow to make (ICU loads its data): each is made when first needed, once.
  const lazy = <T,>(make: () => T) => {
    let value: T | undefined;
    return () => (value ??= make());
  };
  const plural = lazy(() => new Intl.PluralRules(locale));
  const numberFormat = lazy(() => new Intl.NumberFormat(locale));
  const moneyFormat = lazy(() => new Intl.NumberFormat(locale, { style: 'currency', currency: 'GBP', notation: 'compact', maximumSignificantDigits: 2 }));
  const listFormat = lazy(() => new Intl.ListFormat(locale, { type: 'conjunction' }));
  const dayFormat = lazy(() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
  const monthFormat = lazy(() => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
  const translator: Translator = {
    lang,
    locale,
    t(key, params) {
      const message = messages[key] as string | PluralForms | undefined;
      if (message === undefined) return key;
      if (typeof message === 'string') return fill(message, params);
      const count = Number(params?.count ?? 0);
      // A zero form reads better than "0 partnerships" in English too, though English has no zero category.
      const form = (count === 0 ? message.zero : undefined) ?? message[plural().select(count)] ?? message.other;
      return fill(form, { ...params, count: numberFormat().format(count) });
    },
    tx(key, params) {
      return key in messages ? translator.t(key as MessageKey, params) : key;
    },
    number: (value) => numberFormat().format(value),
    money: (value) => moneyFormat().format(value),
    moneyRange(low, high) {
      const a = moneyFormat().format(low);
      const b = moneyFormat().format(high);
      return a === b ? a : fill(messages['money.range'] as string, { low: a, high: b });
    },
    list: (items) => joinList(items, lang, (plain) => listFormat().format(plain)),
    date(iso) {
      if (/^\d{4}$/.test(iso)) return iso;
      const [y, m, d] = iso.split('-').map(Number);
      const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
      return d ? dayFormat().format(date) : monthFormat().format(date);
    },
  };
  return translator;
}
