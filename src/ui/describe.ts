import type { AppData } from '../data/indexes';
import type { Translator } from '../i18n/translator';
import type { Council, PartnershipSummary, SavingsEstimate } from '../shared/types';

// Words for data: the pieces of text several components show the same way.

/** A council's name in the language shown: Welsh where the register gives it. */
export function councilName(council: Council | undefined, tr: Translator, short = false): string {
  if (!council) return '';
  if (tr.lang === 'cy' && council.nameCy) return short ? council.nameCy : `${council.nameCy} (${council.name})`;
  return short ? council.shortName || council.name : council.name;
}

export function councilNameByCode(code: string, data: Pick<AppData, 'councilByCode'>, tr: Translator, short = false): string {
  return councilName(data.councilByCode.get(code), tr, short) || code;
}

/** Our yearly estimate in words, with what qualifies it. */
export function estimateText(estimate: SavingsEstimate | null, tr: Translator): string {
  if (!estimate) return tr.t('money.unknown');
  let text: string;
  if (estimate.qualifier === 'up-to') text = tr.t('money.upTo', { amount: tr.money(estimate.high) });
  else if (estimate.qualifier === 'at-least') text = tr.t('money.atLeast', { amount: tr.moneyRange(estimate.low, estimate.high) });
  else text = tr.t('money.perYear', { amount: tr.moneyRange(estimate.low, estimate.high) });
  return estimate.partial ? `${text} ${tr.t('money.partial')}` : text;
}

export function partnershipEstimateText(p: PartnershipSummary, tr: Translator): string {
  return estimateText(p.estimate, tr);
}

/** "2011–2020", "2014–", "?–2019". */
export function yearsText(p: Pick<PartnershipSummary, 'startYear' | 'endYear' | 'status'>): string {
  const start = p.startYear ?? '?';
  if (p.endYear != null) return `${start}–${p.endYear}`;
  if (p.status === 'ended') return `${start}–?`;
  return `${start}–`;
}

export function serviceLabels(p: { services: readonly string[] }, data: Pick<AppData, 'serviceById'>, tr: Translator): string {
  return tr.list(p.services.map((id) => serviceLabel(id, data, tr)));
}

export function serviceLabel(id: string, data: Pick<AppData, 'serviceById'>, tr: Translator): string {
  const key = `service.${id}`;
  // Service labels live in the catalogues; the taxonomy's label is the fallback for a new area.
  const fromCatalogue = tr.tx(key);
  return fromCatalogue !== key ? fromCatalogue : (data.serviceById.get(id)?.label ?? id);
}
