import { useMemo } from 'react';
import type { AppData } from '../data/indexes';
import { useI18n } from '../i18n/I18nContext';
import { compareCouncils, type CouncilComparison, type SharedPartnership } from '../model/compare';
import type { PartnershipSummary, Year } from '../shared/types';
import { councilNameByCode, serviceLabel } from './describe';

export interface ComparePanelProps {
  data: AppData;
  /** The councils compared, in the order picked. */
  codes: readonly string[];
  /** The partnerships the filters let through. */
  shown: readonly PartnershipSummary[];
  year: Year | null;
  onSelectCouncil(code: string): void;
  onOpenPartnership(id: string): void;
  onRemove(code: string): void;
  onClear(): void;
}

/** Councils side by side: what they share with each other, then each one's partnerships by service area. */
export function ComparePanel({ data, codes, shown, year, onSelectCouncil, onOpenPartnership, onRemove, onClear }: ComparePanelProps) {
  const tr = useI18n();
  // Worked out here rather than in the first view's selectors: this panel and its model load only when a comparison starts.
  const comparison = useMemo(() => compareCouncils(codes, shown, year, data), [codes, shown, year, data]);
  return (
    <section className="panel-section compare-panel" aria-labelledby="compare-heading">
      <div className="panel-header">
        <h2 id="compare-heading">{tr.t('compare.title')}</h2>
        <button type="button" className="link-button" onClick={onClear}>
          {tr.t('compare.clear')}
        </button>
      </div>
      {codes.length < 2 && <p className="hint">{tr.t('compare.pickMore')}</p>}
      {codes.length >= 2 && <SharedList data={data} shared={comparison.shared} onOpen={onOpenPartnership} />}
      <div className="compare-columns">
        {comparison.councils.map((council) => (
          <CouncilColumn key={council.code} data={data} council={council} onSelectCouncil={onSelectCouncil} onOpen={onOpenPartnership} onRemove={onRemove} />
        ))}
      </div>
    </section>
  );
}

function SharedList({ data, shared, onOpen }: { data: AppData; shared: readonly SharedPartnership[]; onOpen(id: string): void }) {
  const tr = useI18n();
  return (
    <>
      <h3>{tr.t('compare.shared')}</h3>
      {shared.length === 0 ? (
        <p className="hint">{tr.t('compare.sharedNone')}</p>
      ) : (
        <ul className="compare-shared">
          {shared.map(({ partnership, councils }) => (
            <li key={partnership.id}>
              <button type="button" className="link-button" onClick={() => onOpen(partnership.id)}>
                {partnership.name}
              </button>
              <span className="hint"> {tr.t('compare.sharedBy', { names: tr.list(councils.map((c) => councilNameByCode(c, data, tr, true))) })}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function CouncilColumn({ data, council, onSelectCouncil, onOpen, onRemove }: { data: AppData; council: CouncilComparison; onSelectCouncil(code: string): void; onOpen(id: string): void; onRemove(code: string): void }) {
  const tr = useI18n();
  const name = councilNameByCode(council.code, data, tr);
  const { savings } = council;
  return (
    <div className="compare-column">
      <h3>
        <button type="button" className="link-button" onClick={() => onSelectCouncil(council.code)}>
          {name}
        </button>
      </h3>
      <button type="button" className="icon-button" aria-label={tr.t('compare.remove', { name })} onClick={() => onRemove(council.code)}>
        ×
      </button>
      <p>{tr.t('council.partnerships', { count: council.partnerships.length })}</p>
      <p className="hint">{tr.t('compare.partners', { count: council.partners.length })}</p>
      {savings.withEstimate > 0 && <p className="hint">{tr.t('compare.savings', { range: tr.moneyRange(savings.low, savings.high) })}</p>}
      {council.byService.length === 0 ? (
        <p className="hint">{tr.t('compare.none')}</p>
      ) : (
        <>
          <h4 className="visually-hidden">{tr.t('compare.byService')}</h4>
          <dl className="compare-services">
            {council.byService.map(({ service, partnerships }) => (
              <div key={service}>
                <dt>
                  <span className="swatch" style={{ background: data.serviceById.get(service)?.colour }} aria-hidden="true" />
                  {serviceLabel(service, data, tr)}
                </dt>
                {partnerships.map((p) => (
                  <dd key={p.id}>
                    <button type="button" className="link-button" onClick={() => onOpen(p.id)}>
                      {p.name}
                    </button>
                  </dd>
                ))}
              </div>
            ))}
          </dl>
        </>
      )}
    </div>
  );
}
