import { useI18n } from '../i18n/I18nContext';
import { recordClaims, type ClaimSupport } from '../shared/claims';
import type { Claim, PartnershipDetails, PartnershipSummary } from '../shared/types';
import { linkableUrl } from '../shared/safeUrl';
import { partnershipEstimateText } from './describe';

// The parts of a partnership's panel that need its text (the sources, their
// quoted passages, the savings as reported): loaded with the text, after the
// first view, so the first view's script does not carry them.

export interface PartnershipTextProps {
  partnership: PartnershipSummary;
  text: PartnershipDetails;
}

/** Which sources back one claim of the partnership with a quoted passage, or that none does. */
export function ClaimBacking({ partnership, text, claim }: PartnershipTextProps & { claim: Claim }) {
  const tr = useI18n();
  const support: ClaimSupport | undefined = recordClaims({ ...partnership, ...text, membershipChanges: text.membershipChanges }).find((c) => c.claim === claim);
  if (!support) return null;
  if (support.sources.length === 0) return <p className="claim-backing claim-unbacked">{tr.t(`claim.unbacked.${support.claim}`)}</p>;
  return (
    <p className="claim-backing">
      {tr.t(`claim.backed.${support.claim}`)}{' '}
      {support.sources.map((index, i) => (
        <span key={index}>
          {i > 0 && ', '}
          <a href={`#source-${index + 1}`}>{tr.t('claim.source', { number: index + 1 })}</a>
        </span>
      ))}
    </p>
  );
}

export function SavingsDetails({ partnership: p, text }: PartnershipTextProps) {
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

export function SourcesAndNotes({ text }: Pick<PartnershipTextProps, 'text'>) {
  const tr = useI18n();
  return (
    <>
      <h3>{tr.t('partnership.sources')}</h3>
      <ol className="sources">
        {text.sources.map((source, index) => (
          <li key={index} id={`source-${index + 1}`}>
            <SourceLink url={source.url}>{source.title}</SourceLink>
            <span className="hint">
              {' '}
              — {source.publisher}
              {source.date ? `, ${tr.date(source.date)}` : ''}
              {source.checked ? ` · ${tr.t('partnership.checked', { date: tr.date(source.checked) })}` : ''}
            </span>
            {source.passages && source.passages.length > 0 && (
              <ul className="passages">
                {source.passages.map((passage, i) => (
                  <li key={i}>
                    <blockquote cite={linkableUrl(source.url) ?? undefined}>“{passage.text}”</blockquote>
                    <span className="hint">{tr.t('partnership.backs', { claims: tr.list(passage.supports.map((claim) => tr.t(`claim.name.${claim}`))) })}</span>
                  </li>
                ))}
              </ul>
            )}
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
