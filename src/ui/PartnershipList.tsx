import { memo, useMemo, useState } from 'react';
import type { AppData } from '../data/indexes';
import { useI18n } from '../i18n/I18nContext';
import type { PartnershipSummary } from '../shared/types';
import { councilNameByCode, partnershipEstimateText, serviceLabels, statusAndYearsText } from './describe';

export interface PartnershipListProps {
  data: AppData;
  partnerships: readonly PartnershipSummary[];
  /** The focused council, left out of each entry's partner names. */
  council?: string | null;
  onOpen(id: string): void;
  /** How many to show before "show more". */
  pageSize?: number;
}

/** Partnerships as a list of buttons: name, partners, services, years and savings. */
export const PartnershipList = memo(function PartnershipList({ data, partnerships, council, onOpen, pageSize = 25 }: PartnershipListProps) {
  const tr = useI18n();
  const [shown, setShown] = useState(pageSize);
  // Largest savings first: the order is worked out once at load (data.listRank), so this is a numeric sort, redone only when the list changes.
  const sorted = useMemo(() => [...partnerships].sort((a, b) => (data.listRank.get(a.id) ?? 0) - (data.listRank.get(b.id) ?? 0)), [partnerships, data]);
  if (!partnerships.length) return <p className="hint">{tr.t('list.empty')}</p>;
  const remaining = sorted.length - shown;
  return (
    <>
      <ul className="partnership-list">
        {sorted.slice(0, shown).map((p) => {
          const partners = p.councils.filter((c) => c !== council).map((c) => councilNameByCode(c, data, tr, true));
          return (
            <li key={p.id}>
              <button type="button" className="partnership-entry" onClick={() => onOpen(p.id)}>
                <span className="entry-swatches" aria-hidden="true">
                  {p.services.map((s) => (
                    <span key={s} className="swatch" style={{ background: data.serviceById.get(s)?.colour }} />
                  ))}
                </span>
                <span className="entry-name">{p.name}</span>
                <span className="entry-partners">{tr.list(partners)}</span>
                <span className="entry-meta">
                  {serviceLabels(p, data, tr)} · {statusAndYearsText(p, tr)} · {partnershipEstimateText(p, tr)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {remaining > 0 && (
        <button type="button" className="button secondary" onClick={() => setShown((n) => n + pageSize)}>
          {tr.t('list.showMore', { count: Math.min(pageSize, remaining) })}
        </button>
      )}
    </>
  );
});
