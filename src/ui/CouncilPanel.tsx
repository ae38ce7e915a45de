import type { AppData } from '../data/indexes';
import { useI18n } from '../i18n/I18nContext';
import { councilSummary } from '../model/stats';
import { slugify } from '../model/viewState';
import type { PartnershipSummary, Year } from '../shared/types';
import { councilName, councilNameByCode } from './describe';
import { PartnershipList } from './PartnershipList';

export interface CouncilPanelProps {
  data: AppData;
  code: string;
  partnerships: readonly PartnershipSummary[];
  /** For a district: its county that year, offered as the other council of the same place. */
  county: string | null;
  /** For a county: its districts that year. */
  districts: readonly string[];
  boundaryYear: Year;
  onSelectCouncil(code: string): void;
  onOpenPartnership(id: string): void;
  onClose(): void;
  headingRef?: React.Ref<HTMLHeadingElement>;
}

export function CouncilPanel({ data, code, partnerships, county, districts, onSelectCouncil, onOpenPartnership, onClose, headingRef }: CouncilPanelProps) {
  const tr = useI18n();
  const council = data.councilByCode.get(code);
  if (!council) return null;
  const summary = councilSummary(partnerships);
  const names = (codes: readonly string[] | undefined) => tr.list((codes ?? []).map((c) => councilNameByCode(c, data, tr)));
  return (
    <section className="panel-section council-panel" aria-labelledby="council-heading">
      <div className="panel-header">
        <h2 id="council-heading" tabIndex={-1} ref={headingRef}>
          {councilName(council, tr)}
        </h2>
        <button type="button" className="icon-button" aria-label={tr.t('council.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <p className="council-facts">
        {tr.t(`council.type.${council.type}`)} · {council.region === council.nation ? tr.tx(`nation.${slugify(council.nation)}`) : tr.tx(`region.${slugify(council.region)}`)}
      </p>
      {council.lastYear != null && council.successors?.length ? (
        <p className="hint">{tr.t('council.abolished', { year: council.lastYear + 1, successors: names(council.successors) })}</p>
      ) : null}
      {council.firstYear != null && <p className="hint">{tr.t('council.created', { year: council.firstYear })}</p>}
      {council.predecessors?.length ? <p className="hint">{tr.t('council.formerly', { predecessors: names(council.predecessors) })}</p> : null}
      {county && (
        <div className="other-tier">
          <p>{tr.t('council.alsoHere')}</p>
          <button type="button" className="button secondary" onClick={() => onSelectCouncil(county)}>
            {tr.t('council.switchTo', { name: councilNameByCode(county, data, tr) })}
          </button>
        </div>
      )}
      {districts.length > 0 && (
        <details className="other-tier">
          <summary>{tr.t('council.districtHere')}</summary>
          <ul className="district-list">
            {districts.map((district) => (
              <li key={district}>
                <button type="button" className="link-button" onClick={() => onSelectCouncil(district)}>
                  {councilNameByCode(district, data, tr)}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="council-summary">
        <strong>{tr.t('council.partnerships', { count: summary.count })}</strong>
        {summary.count > summary.unknown && (
          <>
            {' · '}
            {tr.t('money.perYear', { amount: tr.moneyRange(summary.low, summary.high) })}
          </>
        )}
      </p>
      {partnerships.length === 0 ? (
        <p className="hint">{tr.t('council.none')}</p>
      ) : (
        <PartnershipList data={data} partnerships={partnerships} council={code} onOpen={onOpenPartnership} />
      )}
    </section>
  );
}
