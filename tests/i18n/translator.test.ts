import { beforeAll, describe, expect, it } from 'vitest';
import { loadLaterMessages } from '../../src/i18n/catalogues';
import { cy } from '../../src/i18n/cy';
import { createTranslator } from '../../src/i18n/translator';

const en = createTranslator('en');
const welsh = createTranslator('cy', cy);

// Some keys here are of the later views' strings, which arrive with those views.
beforeAll(() => loadLaterMessages());

describe('translator', () => {
  it('fills placeholders, and leaves one it has no value for', () => {
    expect(en.t('council.switchTo', { name: 'Harrow' })).toBe('Show Harrow');
    expect(en.t('council.switchTo')).toBe('Show {name}');
  });

  it('chooses the plural form by the count, a zero form first, and writes the count in the locale', () => {
    expect(en.t('summary.partnerships', { count: 0 })).toBe('No partnerships');
    expect(en.t('summary.partnerships', { count: 1 })).toBe('1 partnership');
    expect(en.t('summary.partnerships', { count: 1200 })).toBe('1,200 partnerships');
    expect(welsh.t('summary.partnerships', { count: 2 })).toBe('2 bartneriaeth');
    expect(welsh.t('summary.partnerships', { count: 3 })).toBe('3 partneriaeth');
  });

  it('looks up a key made at run time, giving the key back when the catalogue lacks it', () => {
    expect(en.tx('region.london')).toBe('London');
    expect(en.tx('region.atlantis')).toBe('region.atlantis');
  });

  it('writes money compactly, a range as one figure when both ends round the same', () => {
    expect(en.money(670_000)).toMatch(/^£670[kK]$/);
    expect(en.money(3_140_000)).toMatch(/^£3.1[mM]$/);
    expect(en.moneyRange(1_000_000, 1_010_000)).toBe(en.money(1_000_000));
    expect(en.moneyRange(1_000_000, 2_000_000)).toBe(`${en.money(1_000_000)} to ${en.money(2_000_000)}`);
  });

  it('joins lists in the language, with Welsh "a" or "ac" as the next word asks', () => {
    expect(en.list(['Harrow', 'Barnet', 'Brent'])).toBe('Harrow, Barnet and Brent');
    expect(welsh.list(['Caerdydd', 'Abertawe'])).toBe('Caerdydd ac Abertawe');
    expect(welsh.list(['Caerdydd', 'Casnewydd'])).toBe('Caerdydd a Casnewydd');
  });

  it('joins items that have their own "and" with semicolons, through joinList', () => {
    expect(en.list(['HR and payroll', 'Finance and insurance', 'Waste, environment and transport'])).toBe('HR and payroll; Finance and insurance; Waste, environment and transport');
    expect(welsh.list(['Adnoddau dynol a chyflogres', 'Cyllid ac yswiriant'])).toBe('Adnoddau dynol a chyflogres; Cyllid ac yswiriant');
  });

  it('writes a year as it is, a month and a day in words', () => {
    expect(en.date('2019')).toBe('2019');
    expect(en.date('2019-04')).toBe('April 2019');
    expect(en.date('2019-04-02')).toBe('2 April 2019');
    expect(welsh.date('2019-04')).toMatch(/Ebrill 2019/);
  });

  it('uses the loaded catalogue of a language, else English', () => {
    expect(createTranslator('en').lang).toBe('en');
    expect(createTranslator('cy', cy).t('app.title')).toBe(cy['app.title']);
    expect(createTranslator('en').locale).toBe('en-GB');
  });
});
