import { describe, expect, it } from 'vitest';
import { cy } from '../../src/i18n/cy';
import { cyTimeline } from '../../src/i18n/cyTimeline';
import { en } from '../../src/i18n/en';
import { enLater } from '../../src/i18n/enLater';
import { enTimeline } from '../../src/i18n/enTimeline';
import { createTranslator } from '../../src/i18n/translator';

// The Welsh catalogue against the English one. Each check is a function that
// returns the problems it finds, run on the real catalogues (expecting none)
// and on a small broken pair (expecting each problem), so a check that could
// never fail would show.

type Message = string | Readonly<Record<string, string>>;
type Catalogue = Readonly<Record<string, Message>>;

const CATEGORIES: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
/** The numbers whose Welsh plural categories a plural message must cover. */
const SAMPLE_COUNTS = [...Array.from({ length: 21 }, (_, n) => n), 100, 1_000_000];
const WELSH_CATEGORIES = [...new Set(SAMPLE_COUNTS.map((n) => new Intl.PluralRules('cy').select(n)))].sort();

/**
 * Welsh messages that may equal the English, and why:
 * - lang.en, lang.cy: each language's own name, the same in both catalogues so
 *   a reader finds their language whichever is shown;
 * - view.map: "Map" is the Welsh word too.
 * Empty plural forms (a zero form a component never shows) are not compared.
 */
const SAME_IN_BOTH: ReadonlySet<string> = new Set(['lang.en', 'lang.cy', 'view.map']);

function isPlural(m: Message): m is Readonly<Record<string, string>> {
  return typeof m === 'object';
}

function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

const show = (s: Set<string>) => `{${[...s].sort().join(', ')}}`;

function keyProblems(english: Catalogue, welsh: Catalogue): string[] {
  const missing = Object.keys(english).filter((k) => !(k in welsh));
  const extra = Object.keys(welsh).filter((k) => !(k in english));
  return [...missing.map((k) => `${k}: missing in Welsh`), ...extra.map((k) => `${k}: not in English`)];
}

function shapeProblems(english: Catalogue, welsh: Catalogue): string[] {
  return Object.keys(english)
    .filter((k) => k in welsh && isPlural(english[k]!) !== isPlural(welsh[k]!))
    .map((k) => `${k}: ${isPlural(english[k]!) ? 'plural' : 'string'} in English, ${isPlural(welsh[k]!) ? 'plural' : 'string'} in Welsh`);
}

/**
 * Strings: the same placeholders. Plurals: each Welsh form has the
 * placeholders of the English form of its category (or of English "other"),
 * except that a zero, one or two form may spell the number out and leave
 * {count} away; and across all forms the two languages use the same set.
 */
function placeholderProblems(english: Catalogue, welsh: Catalogue): string[] {
  const problems: string[] = [];
  for (const [key, e] of Object.entries(english)) {
    const w = welsh[key];
    if (w === undefined || isPlural(e) !== isPlural(w)) continue;
    if (!isPlural(e) || !isPlural(w)) {
      const [pe, pw] = [placeholders(e as string), placeholders(w as string)];
      if (!sameSet(pe, pw)) problems.push(`${key}: English has ${show(pe)}, Welsh ${show(pw)}`);
      continue;
    }
    for (const [category, form] of Object.entries(w)) {
      const pe = placeholders(e[category] ?? e.other ?? '');
      const pw = placeholders(form);
      if (['zero', 'one', 'two'].includes(category) && !pw.has('count')) pe.delete('count');
      if (!sameSet(pe, pw)) problems.push(`${key}.${category}: English has ${show(pe)}, Welsh ${show(pw)}`);
    }
    const all = (m: Readonly<Record<string, string>>) => new Set(Object.values(m).flatMap((f) => [...placeholders(f)]));
    if (!sameSet(all(e), all(w))) problems.push(`${key}: English forms use ${show(all(e))}, Welsh forms ${show(all(w))}`);
  }
  return problems;
}

function pluralFormProblems(english: Catalogue, welsh: Catalogue): string[] {
  const problems: string[] = [];
  for (const [key, w] of Object.entries(welsh)) {
    if (!isPlural(w)) continue;
    for (const category of WELSH_CATEGORIES) if (!(category in w)) problems.push(`${key}: Welsh has no "${category}" form`);
    for (const category of Object.keys(w)) if (!(CATEGORIES as readonly string[]).includes(category)) problems.push(`${key}: "${category}" is not a plural category`);
  }
  for (const [key, e] of Object.entries(english)) {
    if (!isPlural(e)) continue;
    for (const category of ['one', 'other']) if (!(category in e)) problems.push(`${key}: English has no "${category}" form`);
  }
  return problems;
}

function untranslatedProblems(english: Catalogue, welsh: Catalogue, allowed: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const [key, e] of Object.entries(english)) {
    const w = welsh[key];
    if (w === undefined) continue;
    const englishForms = new Set((isPlural(e) ? Object.values(e) : [e]).filter((f) => f.trim() !== ''));
    const welshForms = (isPlural(w) ? Object.entries(w) : [['', w] as const]).filter(([, f]) => f.trim() !== '');
    const same = welshForms.filter(([, f]) => englishForms.has(f));
    if (allowed.has(key)) {
      if (!same.length) problems.push(`${key}: allowed to match English but no longer does; take it off the list`);
    } else {
      for (const [category, f] of same) problems.push(`${key}${category ? `.${category}` : ''}: same as English ("${f}")`);
    }
  }
  return problems;
}

// The timeline's part comes with the timeline, not in en.ts and cy.ts, and is checked with them; so do the later views' English strings (enLater.ts).
const EN = { ...en, ...enLater, ...enTimeline } as Catalogue;
const CY = { ...cy, ...cyTimeline } as Catalogue;

describe('the Welsh catalogue against the English', () => {
  it('has exactly the same keys', () => {
    expect(keyProblems(EN, CY)).toEqual([]);
  });

  it('gives each key the same shape: string or plural forms', () => {
    expect(shapeProblems(EN, CY)).toEqual([]);
  });

  it('uses the same placeholders', () => {
    expect(placeholderProblems(EN, CY)).toEqual([]);
  });

  it('covers every plural category Welsh numbers need, and English one and other', () => {
    expect(WELSH_CATEGORIES).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(pluralFormProblems(EN, CY)).toEqual([]);
  });

  it('translates every message, apart from a justified few', () => {
    expect(untranslatedProblems(EN, CY, SAME_IN_BOTH)).toEqual([]);
  });

  it('fills every Welsh message, for every count, with no placeholder left over', () => {
    const tr = createTranslator('cy', { ...cy, ...cyTimeline });
    const params = { count: 0, file: 'f', query: 'q', year: 2020, county: 'c', range: 'r', low: 'l', high: 'h', amount: 'a', name: 'n', savings: 's' };
    const more = { successors: 's', predecessors: 'p', text: 't', years: 3, column: 'c', kind: 'k', position: 1, id: 'i', reason: 'r', field: 'f', url: 'u', date: 'd', claims: 'c', number: 1, service: 's', from: 'f', to: 't', sharing: 1, councils: 2, region: 'r', mean: 1, rank: 1, of: 2, names: 'n', list: 'l', measure: 'm', max: 1, status: 's', last: 2025 };
    for (const key of Object.keys(CY) as (keyof typeof cy | keyof typeof cyTimeline)[]) {
      for (const count of SAMPLE_COUNTS) {
        const out = tr.t(key, { ...params, ...more, count });
        expect(out, `${key} for ${count}`).not.toMatch(/\{\w+\}/);
      }
    }
    expect(tr.t('summary.partnerships', { count: 2 })).toBe('2 bartneriaeth');
    expect(tr.t('summary.partnerships', { count: 6 })).toBe('6 phartneriaeth');
    expect(tr.t('summary.councils', { count: 3 })).toBe('3 chyngor');
  });
});

describe('the checks themselves', () => {
  const english: Catalogue = {
    'a.title': 'Close',
    'a.count': { one: '{count} council', other: '{count} councils' },
    'a.name': 'Show {name}',
    'a.lang': 'Cymraeg',
  };

  it('report a missing and an extra key', () => {
    expect(keyProblems(english, { 'a.count': english['a.count']!, 'a.name': 'Dangos {name}', 'a.lang': 'Cymraeg', 'a.extra': 'x' })).toEqual([
      'a.title: missing in Welsh',
      'a.extra: not in English',
    ]);
  });

  it('report a string where English has plural forms', () => {
    expect(shapeProblems(english, { 'a.count': '{count} cyngor' })).toEqual(['a.count: plural in English, string in Welsh']);
  });

  it('report a lost, a renamed and an added placeholder', () => {
    expect(placeholderProblems(english, { 'a.name': 'Dangos' })).toEqual(['a.name: English has {name}, Welsh {}']);
    expect(placeholderProblems(english, { 'a.name': 'Dangos {enw}' })).toEqual(['a.name: English has {name}, Welsh {enw}']);
    const welsh = { 'a.count': { zero: 'Dim cynghorau', one: 'Un cyngor', two: '{count} gyngor', few: '{count} chyngor', many: '{count} chyngor {name}', other: 'cynghorau' } };
    expect(placeholderProblems(english, welsh)).toEqual([
      'a.count.many: English has {count}, Welsh {count, name}',
      'a.count.other: English has {count}, Welsh {}',
      'a.count: English forms use {count}, Welsh forms {count, name}',
    ]);
  });

  it('report a missing Welsh plural form and an unknown category', () => {
    const welsh = { 'a.count': { one: '{count} cyngor', other: '{count} cyngor', several: 'x' } };
    expect(pluralFormProblems(english, welsh)).toEqual([
      'a.count: Welsh has no "few" form',
      'a.count: Welsh has no "many" form',
      'a.count: Welsh has no "two" form',
      'a.count: Welsh has no "zero" form',
      'a.count: "several" is not a plural category',
    ]);
    expect(pluralFormProblems({ 'a.count': { other: '{count} councils' } }, {})).toEqual(['a.count: English has no "one" form']);
  });

  it('report a message left in English, and an allow-list entry that is no longer needed', () => {
    const welsh = { 'a.title': 'Close', 'a.count': { one: '{count} council', other: '{count} cyngor' }, 'a.name': 'Dangos {name}', 'a.lang': 'Cymraeg' };
    expect(untranslatedProblems(english, welsh, new Set(['a.lang']))).toEqual(['a.title: same as English ("Close")', 'a.count.one: same as English ("{count} council")']);
    expect(untranslatedProblems(english, { ...welsh, 'a.title': 'Cau' }, new Set(['a.lang', 'a.name']))).toEqual([
      'a.count.one: same as English ("{count} council")',
      'a.name: allowed to match English but no longer does; take it off the list',
    ]);
  });
});
