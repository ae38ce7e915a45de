import type { AppData } from '../data/indexes';
import { useI18n } from '../i18n/I18nContext';
import type { SavingsRange, TooltipFacts } from '../model/tooltipFacts';
import { councilName, councilNameByCode, estimateText, serviceLabels } from './describe';

export interface MapTooltipProps {
  facts: TooltipFacts;
  data: Pick<AppData, 'councilByCode' | 'serviceById'>;
}

/** A yearly savings sum, when there is one. */
function Savings({ savings }: { savings: SavingsRange }) {
  const tr = useI18n();
  return savings && <span>{tr.t('money.perYear', { amount: tr.moneyRange(savings.low, savings.high) })}</span>;
}

/** The words of the map's tooltip for what is under the pointer (the facts come from src/model/tooltipFacts.ts). */
export function MapTooltip({ facts, data }: MapTooltipProps) {
  const tr = useI18n();
  if (facts.kind === 'group') {
    return (
      <>
        <strong>{tr.t('tooltip.group', { count: facts.count })}</strong>
        <span>{serviceLabels(facts, data, tr)}</span>
        <Savings savings={facts.savings} />
        <span>{tr.t('tooltip.groupZoom')}</span>
      </>
    );
  }
  if (facts.kind === 'link') {
    return (
      <>
        <strong>{facts.name}</strong>
        <span>{tr.list(facts.councils.map((c) => councilNameByCode(c, data, tr, true)))}</span>
        <span>{serviceLabels(facts, data, tr)}</span>
        <span>{estimateText(facts.estimate, tr)}</span>
      </>
    );
  }
  return (
    <>
      <strong>{councilName(data.councilByCode.get(facts.code), tr)}</strong>
      {facts.county && <span>{tr.t('tooltip.county', { county: councilNameByCode(facts.county, data, tr) })}</span>}
      <span>{tr.t('tooltip.partnerships', { count: facts.partnerships })}</span>
      {facts.services.length > 0 && <span>{serviceLabels(facts, data, tr)}</span>}
      <Savings savings={facts.savings} />
    </>
  );
}
