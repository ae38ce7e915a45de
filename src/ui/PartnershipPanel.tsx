import type { AppData } from '../data/indexes';
import { useI18n } from '../i18n/I18nContext';
import type { PartnershipDetails, PartnershipSummary } from '../shared/types';
import { linkableUrl } from '../shared/safeUrl';
import type { DetailsState } from './hooks/useDetails';
import { councilNameByCode, partnershipEstimateText, serviceLabel } from './describe';

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
  const changeOf = (code: string) => p.membershipChanges?.find((c) => c.council === code);
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
        <span className={`status status-${p.status}`}>{tr.t(`status.${p.status}`)}</span>{' '}
        {p.startYear != null ? tr.t('partnership.started', { year: p.startYear }) : tr.t('partnership.startUnknown')}
        {p.endYear != null ? `, ${tr.t('partnership.ended', { year: p.endYear })}` : p.status === 'ended' ? `, ${tr.t('partnership.endedUnknown')}` : ''}
      </p>
      {text ? (
        <p>{text.description}</p>
      ) : (
        <p className="hint">{tr.t(details.status === 'loading' ? 'partnership.loading' : details.status === 'ready' ? 'partnership.detailsDamaged' : 'partnership.detailsMissing')}</p>
      )}

      <h3>{tr.t('partnership.partners')}</h3>
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

      <h3>{tr.t('partnership.savings')}</h3>
      {text ? <SavingsDetails partnership={p} text={text} /> : <p>{partnershipEstimateText(p, tr)}</p>}

      {text && <SourcesAndNotes text={text} />}
    </article>
  );
}

function SavingsDetails({ partnership: p, text }: { partnership: PartnershipSummary; text: PartnershipDetails }) {
  const tr = useI18n();
  const { savings } = text;
  const source = savings ? text.sources[savings.source] : undefined;
  return savings ? (
        <dl className="savings">
          <dt>{tr.t('partnership.quoted')}</dt>
          <dd>
            <blockquote cite={source ? (linkableUrl(source.url) ?? undefined) : undefined}>“{savings.quote}”</blockquote>
            {source && (
              <SourceLink url={source.url}>
                {source.publisher}
                {source.date ? `, ${tr.date(source.date)}` : ''}
              </SourceLink>
            )}
          </dd>
          <dt>{tr.t('partnership.estimate')}</dt>
          <dd>
            <strong>{partnershipEstimateText(p, tr)}</strong>
            <span className="hint">
              {' '}
              ({tr.t(`partnership.kind.${savings.kind}`, { count: savings.years ?? 0 })})
            </span>
            {savings.kind === 'unclear' && <p className="hint">{tr.t('partnership.unclearSavings')}</p>}
            {savings.scope === 'each-partner' && <p className="hint">{tr.t('partnership.perPartner', { count: p.councils.length })}</p>}
            {savings.target && <p className="hint">{tr.t('partnership.target')}</p>}
          </dd>
        </dl>
  ) : (
    <p>{tr.t('partnership.noSavings')}</p>
  );
}

function SourcesAndNotes({ text }: { text: PartnershipDetails }) {
  const tr = useI18n();
  return (
    <>
      <h3>{tr.t('partnership.sources')}</h3>
      <ol className="sources">
        {text.sources.map((source, index) => (
          <li key={index}>
            <SourceLink url={source.url}>{source.title}</SourceLink>
            <span className="hint">
              {' '}
              — {source.publisher}
              {source.date ? `, ${tr.date(source.date)}` : ''}
            </span>
          </li>
        ))}
      </ol>
      {text.notes && (
        <>
          <h3>{tr.t('partnership.notes')}</h3>
          <p className="notes">{text.notes}</p>
        </>
      )}
    </>
  );
}

/**
 * A link to a source, when its address is http(s). Any other address
 * (`javascript:`, `data:` …) is not made a link: its words are shown, with the
 * address as plain text, so nothing is lost and nothing runs.
 */
function SourceLink({ url, children }: { url: string; children: React.ReactNode }) {
  const tr = useI18n();
  const href = linkableUrl(url);
  if (href) {
    return (
      <a href={href} rel="noopener noreferrer" target="_blank">
        {children}
      </a>
    );
  }
  return (
    <span className="source-unlinked">
      {children} <span className="hint">({tr.t('partnership.unsafeAddress', { url })})</span>
    </span>
  );
}
