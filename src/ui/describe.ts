import type { AppData } from '../data/indexes';
import type { Translator } from '../i18n/translator';
import type { ColourGroup } from '../model/colours';
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

type YearsOf = Pick<PartnershipSummary, 'startYear' | 'endYear' | 'status' | 'statusAsOf'>;

/** The years in words, never "?–": "2011–2020", "since 2015", "started 2014", "until 2019", "start not known". */
export function yearsText(p: YearsOf, tr: Translator): string {
  const { startYear: start, endYear: end } = p;
  if (start != null && end != null) return `${start}–${end}`;
  if (start != null) return tr.t(p.status === 'active' ? 'years.since' : 'years.started', { year: start });
  if (end != null) return tr.t('years.until', { year: end });
  return tr.t('years.startUnknown');
}

/** The status, with the year its latest dated source showed it running: "Active, as of 2024". */
export function statusText(p: Pick<PartnershipSummary, 'status' | 'statusAsOf'>, tr: Translator): string {
  const status = tr.t(`status.${p.status}`);
  return p.status === 'active' && p.statusAsOf != null ? tr.t('status.asOf', { status, year: p.statusAsOf }) : status;
}

/** Status and years kept apart: "Active, as of 2024 · since 2015", "Ended · until 2019", "Status not known · started 2014". */
export function statusAndYearsText(p: YearsOf, tr: Translator): string {
  const status = p.status === 'unknown' ? tr.t('years.statusUnknown') : statusText(p, tr);
  return `${status} · ${yearsText(p, tr)}`;
}

/** A label inside a list, its first letter lower-cased unless it begins an acronym ("HR", "ICT"). */
function inList(label: string, first: boolean): string {
  return first || !/^\p{Lu}\p{Ll}/u.test(label) ? label : label[0]!.toLocaleLowerCase() + label.slice(1);
}

export function serviceLabels(p: { services: readonly string[] }, data: Pick<AppData, 'serviceById'>, tr: Translator): string {
  return tr.list(p.services.map((id, i) => inList(serviceLabel(id, data, tr), i === 0)));
}

export function serviceLabel(id: string, data: Pick<AppData, 'serviceById'>, tr: Translator): string {
  const key = `service.${id}`;
  // Service labels live in the catalogues; the taxonomy's label is the fallback for a new area.
  const fromCatalogue = tr.tx(key);
  return fromCatalogue !== key ? fromCatalogue : (data.serviceById.get(id)?.label ?? id);
}

/** A colour family's name: the catalogue's ("Corporate services"), else its areas' labels ("ICT and digital" for a family of one). */
export function familyLabel(group: ColourGroup, data: Pick<AppData, 'serviceById'>, tr: Translator): string {
  const key = `family.${group.family}`;
  const label = tr.tx(key);
  return label !== key ? label : tr.list(group.services.map((s) => serviceLabel(s.id, data, tr)));
}
