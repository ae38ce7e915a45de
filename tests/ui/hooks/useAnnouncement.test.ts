import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translator';
import { announcementText, useAnnouncement, type AnnouncementFacts } from '../../../src/ui/hooks/useAnnouncement';
import { makeAppData } from '../../helpers/appData';

const data = makeAppData();
const tr = createTranslator('en');
const facts = (patch: Partial<AnnouncementFacts>): AnnouncementFacts => ({ selected: null, council: null, councilPartnerships: [], shownCount: 5, ...patch });
const byId = (id: string) => data.partnershipById.get(id)!;

describe('announcementText', () => {
  it('names the partnership opened', () => {
    expect(announcementText(facts({ selected: byId('hb-public-law'), council: 'E09000015' }), data, tr)).toBe(tr.t('partnership.openLive', { name: 'HB Public Law' }));
  });

  it('gives the focused council its count and savings, or says it has no figure', () => {
    const withSavings = announcementText(facts({ council: 'E09000015', councilPartnerships: [byId('hb-public-law'), byId('harrow-barnet-hr')] }), data, tr);
    expect(withSavings).toBe(`London Borough of Harrow: 2 partnerships, ${tr.money(63_333)} a year`);
    const none = announcementText(facts({ council: 'E09000015', councilPartnerships: [byId('harrow-barnet-hr')] }), data, tr);
    expect(none).toBe(tr.t('council.summaryLive', { name: 'London Borough of Harrow', count: 1, savings: tr.t('council.savingsLiveNone') }));
  });

  it('otherwise says how many partnerships the filters show', () => {
    expect(announcementText(facts({ shownCount: 3 }), data, tr)).toBe('3 partnerships shown');
    expect(announcementText(facts({ shownCount: 0 }), data, tr)).toBe('No partnerships match the filters');
  });
});

describe('useAnnouncement', () => {
  it('says the sentence once the change is on screen, and follows the next change', () => {
    const { result, rerender } = renderHook((f: AnnouncementFacts) => useAnnouncement(f, data, tr), { initialProps: facts({ shownCount: 2 }) });
    expect(result.current).toBe('2 partnerships shown');
    rerender(facts({ selected: byId('suffolk-ict') }));
    expect(result.current).toBe(tr.t('partnership.openLive', { name: 'Suffolk ICT' }));
  });
});
