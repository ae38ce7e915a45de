import { describe, expect, it } from 'vitest';
import { hasInnerJoin, joinList, welshAnd } from '../../src/i18n/joinList';

const enFormat = (items: string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);
const cyFormat = (items: string[]) => new Intl.ListFormat('cy', { type: 'conjunction' }).format(items);

describe('joinList', () => {
  it('joins plain items the language’s way', () => {
    expect(joinList(['Harrow', 'Barnet', 'Brent'], 'en', enFormat)).toBe('Harrow, Barnet and Brent');
    expect(joinList(['Harrow', 'Barnet'], 'en', enFormat)).toBe('Harrow and Barnet');
    expect(joinList(['Harrow'], 'en', enFormat)).toBe('Harrow');
    expect(joinList([], 'en', enFormat)).toBe('');
  });

  it('joins items that have their own "and" or comma with semicolons', () => {
    expect(joinList(['HR and payroll', 'finance and insurance', 'waste, environment and transport'], 'en', enFormat)).toBe(
      'HR and payroll; finance and insurance; waste, environment and transport',
    );
    expect(joinList(['Adur', 'Brighton and Hove'], 'en', enFormat)).toBe('Adur; Brighton and Hove');
    expect(joinList(['Kent & Medway', 'Swale'], 'en', enFormat)).toBe('Kent & Medway; Swale');
  });

  it('reads Welsh "a" and "ac" as "and", and writes Intl’s "a(c)" as the next word asks', () => {
    expect(joinList(['Adnoddau dynol a chyflogres', 'Cyllid ac yswiriant'], 'cy', cyFormat)).toBe('Adnoddau dynol a chyflogres; Cyllid ac yswiriant');
    expect(joinList(['Caerdydd', 'Abertawe'], 'cy', cyFormat)).toBe('Caerdydd ac Abertawe');
    expect(joinList(['Caerdydd', 'Casnewydd'], 'cy', cyFormat)).toBe('Caerdydd a Casnewydd');
  });

  it('finds an "and" only as a word', () => {
    expect(hasInnerJoin('Andover Borough', 'en')).toBe(false);
    expect(hasInnerJoin('Telford and Wrekin', 'en')).toBe(true);
    expect(hasInnerJoin('TGCh a digidol', 'cy')).toBe(true);
    expect(hasInnerJoin('Castell-nedd Port Talbot', 'cy')).toBe(false);
    expect(hasInnerJoin('Telford and Wrekin', 'cy')).toBe(false);
  });

  it('writes Welsh "and" before a vowel as "ac"', () => {
    expect(welshAnd('Caerdydd a(c) Abertawe')).toBe('Caerdydd ac Abertawe');
    expect(welshAnd('Caerdydd a(c) Wrecsam')).toBe('Caerdydd ac Wrecsam');
  });
});
