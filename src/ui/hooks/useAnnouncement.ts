import { useEffect, useState } from 'react';
import type { AppData } from '../../data/indexes';
import type { Translator } from '../../i18n/translator';
import { councilSummary } from '../../model/stats';
import type { PartnershipSummary } from '../../shared/types';
import { councilNameByCode } from '../describe';

export interface AnnouncementFacts {
  /** The open partnership. */
  selected: PartnershipSummary | null;
  /** The focused council, and its partnerships among those shown. */
  council: string | null;
  councilPartnerships: readonly PartnershipSummary[];
  /** How many partnerships the filters leave. */
  shownCount: number;
}

/** What changed, in a sentence: the partnership opened, the council focused with its count and savings, or how many the filters show. */
export function announcementText(facts: AnnouncementFacts, data: Pick<AppData, 'councilByCode'>, tr: Translator): string {
  if (facts.selected) return tr.t('partnership.openLive', { name: facts.selected.name });
  if (facts.council) {
    const s = councilSummary(facts.councilPartnerships);
    const savings = s.count > s.unknown ? tr.t('council.savingsLive', { range: tr.moneyRange(s.low, s.high) }) : tr.t('council.savingsLiveNone');
    return tr.t('council.summaryLive', { name: councilNameByCode(facts.council, data, tr), count: s.count, savings });
  }
  return tr.t('live.filtered', { count: facts.shownCount });
}

/** The live region's words, set after each change is on screen. */
export function useAnnouncement({ selected, council, councilPartnerships, shownCount }: AnnouncementFacts, data: AppData, tr: Translator): string {
  const [announcement, setAnnouncement] = useState('');
  useEffect(
    function announceChange() {
      setAnnouncement(announcementText({ selected, council, councilPartnerships, shownCount }, data, tr));
    },
    [selected, council, councilPartnerships, shownCount, data, tr],
  );
  return announcement;
}
