import { describe, expect, it } from 'vitest';
import { cy } from '../../src/i18n/cy';
import { createTranslator } from '../../src/i18n/translator';
import { councilName, councilNameByCode, estimateText, partnershipEstimateText, serviceLabel, serviceLabels, yearsText } from '../../src/ui/describe';
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

  it('writes the years a partnership ran, with ? for what is not known', () => {
    expect(yearsText({ startYear: 2011, endYear: 2020, status: 'ended' })).toBe('2011–2020');
    expect(yearsText({ startYear: 2014, endYear: null, status: 'active' })).toBe('2014–');
    expect(yearsText({ startYear: null, endYear: null, status: 'ended' })).toBe('?–?');
  });

  it('labels service areas from the catalogue, or from the taxonomy for an area the catalogue does not know', () => {
    expect(serviceLabel('ict', data, en)).toBe(en.t('service.ict'));
    expect(serviceLabel('ict', data, welsh)).toBe(welsh.t('service.ict'));
    const withNew = { serviceById: new Map([['drones', { id: 'drones', label: 'Drone surveys', colour: '#000', description: '', aliases: [] }]]) };
    expect(serviceLabel('drones', withNew, en)).toBe('Drone surveys');
    expect(serviceLabel('nothing', withNew, en)).toBe('nothing');
    expect(serviceLabels({ services: ['ict', 'legal'] }, data, en)).toBe(`${en.t('service.ict')} and ${en.t('service.legal')}`);
  });
});
