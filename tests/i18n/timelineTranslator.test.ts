import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/i18n/catalogues';
import { timelineTranslator } from '../../src/i18n/timelineTranslator';

describe('timelineTranslator', () => {
  it('speaks the timeline’s strings and the rest of the catalogue, in English', () => {
    const tr = timelineTranslator('en');
    expect(tr.t('timeline.play')).toBe('Play the years');
    expect(tr.t('timeline.noStartYear', { count: 2 })).toBe('2 partnerships with no known start year are not in the chart, nor shown for a single year.');
    expect(tr.t('timeline.noStart', { count: 1 })).toBe('1 partnership with no known start year is not in the chart.');
    expect(tr.t('filters.open')).toBe('Filters');
  });

  it('in Welsh once its catalogue is loaded, with its plural forms', async () => {
    await loadCatalogue('cy');
    const tr = timelineTranslator('cy');
    expect(tr.lang).toBe('cy');
    expect(tr.t('timeline.play')).toBe('Chwarae’r blynyddoedd');
    expect(tr.t('timeline.noStart', { count: 2 })).toBe('Nid yw 2 bartneriaeth heb flwyddyn ddechrau hysbys yn y siart.');
    expect(tr.t('filters.open')).not.toBe('Filters');
  });
});
