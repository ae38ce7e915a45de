import type { AppData } from '../data/indexes';
import { useI18n } from '../i18n/I18nContext';
import { councilSavings } from '../model/savingsShare';
import { MAX_COMPARE } from '../model/viewState';
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
  /** The year shown, for each partnership's members and so the council's share of its savings. */
  year?: Year | null;
  /** The councils being compared, and how to add or take out this one. */
  compare?: readonly string[];
  onToggleCompare?(code: string): void;
  /** Show only the partnerships of the council's region or nation (the area filter, by slug): the map zooms to it. */
  onPickArea?(area: string): void;
  /** The council against its region's average (RegionTotals.tsx), under its own figures. */
  againstRegion?: React.ReactNode;
}

export function CouncilPanel({ data, code, partnerships, county, districts, onSelectCouncil, onOpenPartnership, onClose, headingRef, year = null, compare, onToggleCompare, againstRegion, onPickArea }: CouncilPanelProps) {
  const tr = useI18n();
  const council = data.councilByCode.get(code);
  if (!council) return null;
  const share = councilSavings(partnerships, year, data);
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
        {tr.t(`council.type.${council.type}`)} · <AreaOf region={council.region} nation={council.nation} onPickArea={onPickArea} />
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
        <strong>{tr.t('council.partnerships', { count: partnerships.length })}</strong>
        {share.withEstimate > 0 && (
          <>
            {' · '}
            {tr.t('money.perYear', { amount: tr.moneyRange(share.low, share.high) })}
          </>
        )}
      </p>
      {share.withEstimate > 0 && <p className="hint">{tr.t('council.savingsShare')}</p>}
      {onToggleCompare && <CompareToggle code={code} compare={compare ?? []} onToggle={onToggleCompare} />}
      {againstRegion}
      {partnerships.length === 0 ? (
        <p className="hint">{tr.t('council.none')}</p>
      ) : (
        <PartnershipList data={data} partnerships={partnerships} council={code} onOpen={onOpenPartnership} />
      )}
    </section>
  );
}

/** Add the council to the comparison or take it out; a full comparison says so rather than hiding the button. */
function CompareToggle({ code, compare, onToggle }: { code: string; compare: readonly string[]; onToggle(code: string): void }) {
  const tr = useI18n();
  const inIt = compare.includes(code);
  const full = !inIt && compare.length >= MAX_COMPARE;
  return (
    <div className="compare-toggle">
      <button type="button" className="button secondary" disabled={full} onClick={() => onToggle(code)}>
        {inIt ? tr.t('council.compareRemove') : tr.t('council.compareAdd')}
      </button>
      {full && <p className="hint">{tr.t('council.compareFull', { max: MAX_COMPARE })}</p>}
    </div>
  );
}

/** The council's region (or nation, where it is its own region), as a button that shows only that area's partnerships when it can. */
function AreaOf({ region, nation, onPickArea }: { region: string; nation: string; onPickArea?(area: string): void }) {
  const tr = useI18n();
  const area = region === nation ? nation : region;
  const name = region === nation ? tr.tx(`nation.${slugify(nation)}`) : tr.tx(`region.${slugify(region)}`);
  if (!onPickArea) return <>{name}</>;
  return (
    <button type="button" className="link-button" title={tr.t('council.pickArea', { region: name })} onClick={() => onPickArea(slugify(area))}>
      {name}
    </button>
  );
}
