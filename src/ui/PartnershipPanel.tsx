import type { AppData } from '../data/indexes';
import { useI18n } from '../i18n/I18nContext';
import { lazy, Suspense } from 'react';
import type { Claim, PartnershipDetails, PartnershipSummary } from '../shared/types';
import type { DetailsState } from './hooks/useDetails';
import { councilNameByCode, partnershipEstimateText, serviceLabel, statusText } from './describe';
import { loadPartnershipText } from './loadPartnershipText';

// One module, three parts placed apart in the panel: made once, loaded once.
const ClaimBacking = lazy(() => loadPartnershipText().then((m) => ({ default: m.ClaimBacking })));
const SavingsDetails = lazy(() => loadPartnershipText().then((m) => ({ default: m.SavingsDetails })));
const SourcesAndNotes = lazy(() => loadPartnershipText().then((m) => ({ default: m.SourcesAndNotes })));

export interface PartnershipPanelProps {
  data: AppData;
  partnership: PartnershipSummary;
  /** The text of the partnerships, loaded after the first view. */
  details: DetailsState;
  /** The council the person came from, for "back". */
  fromCouncil: string | null;
  onSelectCouncil(code: string): void;
  onBack(): void;
  onClose(): void;
  headingRef?: React.Ref<HTMLHeadingElement>;
}

/** Everything we know of one partnership, with the sources for each claim. */
export function PartnershipPanel({ data, partnership: p, details, fromCouncil, onSelectCouncil, onBack, onClose, headingRef }: PartnershipPanelProps) {
  const tr = useI18n();
  const text: PartnershipDetails | undefined = details.status === 'ready' ? details.byId[p.id] : undefined;
  const backing = (claim: Claim) =>
    text ? (
      <Suspense fallback={null}>
        <ClaimBacking partnership={p} text={text} claim={claim} />
      </Suspense>
    ) : null;
  const loadingText = <p className="hint">{tr.t('partnership.loading')}</p>;
  return (
    <article className="panel-section partnership-panel" aria-labelledby="partnership-heading">
      <div className="panel-header">
        {fromCouncil ? (
          <button type="button" className="link-button" onClick={onBack}>
            ← {tr.t('partnership.back', { name: councilNameByCode(fromCouncil, data, tr) })}
          </button>
        ) : (
          <span />
        )}
        <button type="button" className="icon-button" aria-label={tr.t('partnership.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <h2 id="partnership-heading" tabIndex={-1} ref={headingRef}>
        {p.name}
      </h2>
      <p className="partnership-status">
        <span className={`status status-${p.status}`}>{statusText(p, tr)}</span>{' '}
        {p.startYear != null ? tr.t('partnership.started', { year: p.startYear }) : tr.t('partnership.startUnknown')}
        {p.endYear != null ? `, ${tr.t('partnership.ended', { year: p.endYear })}` : p.status === 'ended' ? `, ${tr.t('partnership.endedUnknown')}` : ''}
      </p>
      {p.status === 'active' && p.statusAsOf != null && <p className="hint">{tr.t('status.asOfHint', { year: p.statusAsOf })}</p>}
      {backing('start')}
      {backing('end')}
      {backing('status')}
      {text ? (
        <p>{text.description}</p>
      ) : (
        <p className="hint">{tr.t(details.status === 'loading' ? 'partnership.loading' : details.status === 'ready' ? 'partnership.detailsDamaged' : 'partnership.detailsMissing')}</p>
      )}

      <h3>{tr.t('partnership.partners')}</h3>
      <PartnerList data={data} partnership={p} onSelectCouncil={onSelectCouncil} />
      {backing('councils')}
      {backing('lead')}

      <h3>{tr.t('partnership.services')}</h3>
      <ul className="service-tags">
        {p.services.map((id) => (
          <li key={id}>
            <span className="swatch" style={{ background: data.serviceById.get(id)?.colour }} aria-hidden="true" />
            {serviceLabel(id, data, tr)}
          </li>
        ))}
      </ul>
      {text && <p className="hint">{tr.t('partnership.servicesAsWritten', { text: text.servicesAsWritten })}</p>}
      {backing('services')}

      <h3>{tr.t('partnership.savings')}</h3>
      {text ? (
        <Suspense fallback={<p>{partnershipEstimateText(p, tr)}</p>}>
          <SavingsDetails partnership={p} text={text} />
        </Suspense>
      ) : (
        <p>{partnershipEstimateText(p, tr)}</p>
      )}

      {text && (
        <Suspense fallback={loadingText}>
          <SourcesAndNotes text={text} />
        </Suspense>
      )}
    </article>
  );
}

/** The partners, each a button to its council, with the lead and the years each joined or left. */
function PartnerList({ data, partnership: p, onSelectCouncil }: Pick<PartnershipPanelProps, 'data' | 'partnership' | 'onSelectCouncil'>) {
  const tr = useI18n();
  const changeOf = (code: string) => p.membershipChanges?.find((c) => c.council === code);
  return (
    <ul className="partner-list">
      {p.councils.map((code) => {
        const change = changeOf(code);
        const notes = [
          p.lead === code ? tr.t('partnership.lead') : null,
          change?.joined != null ? tr.t('partnership.joined', { year: change.joined }) : null,
          change?.left != null ? tr.t('partnership.left', { year: change.left }) : null,
        ].filter(Boolean);
        return (
          <li key={code}>
            <button type="button" className="link-button" onClick={() => onSelectCouncil(code)}>
              {councilNameByCode(code, data, tr)}
            </button>
            {notes.length > 0 && <span className="partner-note"> ({notes.join(', ')})</span>}
          </li>
        );
      })}
    </ul>
  );
}
