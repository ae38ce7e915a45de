import { describe, expect, it } from 'vitest';
import { cy } from '../../src/i18n/cy';
import { createTranslator } from '../../src/i18n/translator';
import { councilName, councilNameByCode, estimateText, partnershipEstimateText, familyLabel, serviceLabel, serviceLabels, statusAndYearsText, statusText, yearsText } from '../../src/ui/describe';
import { makeAppData } from '../helpers/appData';

const data = makeAppData();
const en = createTranslator('en');
const welsh = createTranslator('cy', cy);

describe('describe', () => {
  it('names a council in full or short, in Welsh with the English name beside it where the register gives one', () => {
    const cardiff = data.councilByCode.get('W06000015');
    expect(councilName(cardiff, en)).toBe('City of Cardiff Council');
    expect(councilName(cardiff, en, true)).toBe('Cardiff');
    expect(councilName(cardiff, welsh)).toBe('Caerdydd (City of Cardiff Council)');
    expect(councilName(cardiff, welsh, true)).toBe('Caerdydd');
    expect(councilName(data.councilByCode.get('E09000015'), welsh)).toBe('London Borough of Harrow');
    expect(councilName(undefined, en)).toBe('');
  });

  it('falls back to the code for a council the data does not have', () => {
    expect(councilNameByCode('E09000003', data, en, true)).toBe('Barnet');
    expect(councilNameByCode('X99', data, en)).toBe('X99');
  });

  it('words an estimate with what qualifies it', () => {
    expect(estimateText(null, en)).toBe('Not known');
    expect(estimateText({ low: 100_000, high: 100_000 }, en)).toBe(`${en.money(100_000)} a year`);
    expect(estimateText({ low: 0, high: 50_000, qualifier: 'up-to' }, en)).toBe(`up to ${en.money(50_000)} a year`);
    expect(estimateText({ low: 1_000_000, high: 2_000_000, qualifier: 'at-least' }, en)).toBe(`at least ${en.moneyRange(1_000_000, 2_000_000)} a year`);
    expect(estimateText({ low: 100_000, high: 100_000, partial: true }, en)).toBe(`${en.money(100_000)} a year (some partners only)`);
    expect(partnershipEstimateText(data.partnershipById.get('harrow-barnet-hr')!, en)).toBe('Not known');
  });

  it('writes the years a partnership ran in words, never "?" for a year not known', () => {
    expect(yearsText({ startYear: 2011, endYear: 2020, status: 'ended' }, en)).toBe('2011–2020');
    expect(yearsText({ startYear: 2014, endYear: null, status: 'active' }, en)).toBe('since 2014');
    expect(yearsText({ startYear: 2014, endYear: null, status: 'ended' }, en)).toBe('started 2014');
    expect(yearsText({ startYear: 2014, endYear: null, status: 'unknown' }, en)).toBe('started 2014');
    expect(yearsText({ startYear: null, endYear: 2019, status: 'ended' }, en)).toBe('until 2019');
    expect(yearsText({ startYear: null, endYear: null, status: 'ended' }, en)).toBe('start not known');
    expect(yearsText({ startYear: 2014, endYear: null, status: 'active' }, welsh)).toBe('ers 2014');
    expect(yearsText({ startYear: null, endYear: 2019, status: 'ended' }, welsh)).toBe('tan 2019');
  });

  it('keeps the status apart from the years, and gives the year the status was last seen', () => {
    expect(statusAndYearsText({ startYear: 2015, endYear: null, status: 'active' }, en)).toBe('Active · since 2015');
    expect(statusAndYearsText({ startYear: null, endYear: 2019, status: 'ended' }, en)).toBe('Ended · until 2019');
    expect(statusAndYearsText({ startYear: 2014, endYear: null, status: 'unknown' }, en)).toBe('Status not known · started 2014');
    expect(statusAndYearsText({ startYear: 2015, endYear: null, status: 'active' }, welsh)).toBe('Ar waith · ers 2015');
    expect(statusAndYearsText({ startYear: 2015, endYear: null, status: 'active', statusAsOf: 2024 }, en)).toBe('Active, as of 2024 · since 2015');
    expect(statusText({ status: 'active', statusAsOf: 2024 }, en)).toBe('Active, as of 2024');
    expect(statusText({ status: 'active' }, en)).toBe('Active');
    expect(statusText({ status: 'ended', statusAsOf: 2024 }, en)).toBe('Ended');
    expect(statusText({ status: 'active', statusAsOf: 2024 }, welsh)).toBe('Ar waith, fel yn 2024');
  });

  it('names a colour family from the catalogue, or by its areas', () => {
    const area = data.services.find((s) => s.id === 'ict')!;
    expect(familyLabel({ family: 'corporate', colour: '#000', services: [area] }, data, en)).toBe('Corporate services');
    expect(familyLabel({ family: 'place', colour: '#000', services: [area] }, data, welsh)).toBe('Lle a’r amgylchedd');
    expect(familyLabel({ family: 'ict', colour: '#000', services: [area] }, data, en)).toBe('ICT and digital');
  });

  it('labels service areas from the catalogue, or from the taxonomy for an area the catalogue does not know', () => {
    expect(serviceLabel('ict', data, en)).toBe(en.t('service.ict'));
    expect(serviceLabel('ict', data, welsh)).toBe(welsh.t('service.ict'));
    const withNew = { serviceById: new Map([['drones', { id: 'drones', label: 'Drone surveys', colour: '#000', description: '', aliases: [] }]]) };
    expect(serviceLabel('drones', withNew, en)).toBe('Drone surveys');
    expect(serviceLabel('nothing', withNew, en)).toBe('nothing');
    // Labels with their own "and" are joined by semicolons, and lower-cased after the first unless an acronym begins them.
    expect(serviceLabels({ services: ['ict', 'legal'] }, data, en)).toBe('ICT and digital; legal and democratic services');
    expect(serviceLabels({ services: ['legal', 'hr-payroll'] }, data, en)).toBe('Legal and democratic services; HR and payroll');
    expect(serviceLabels({ services: ['hr-payroll', 'finance', 'waste-environment'] }, data, en)).toBe('HR and payroll; finance and insurance; waste, environment and transport');
    expect(serviceLabels({ services: ['hr-payroll', 'finance'] }, data, welsh)).toBe('Adnoddau dynol a chyflogres; cyllid ac yswiriant');
  });
});
