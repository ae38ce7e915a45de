import type { RecordKind, RejectedRecord } from '../data/checkRecords';
import { useI18n } from '../i18n/I18nContext';

/** Records listed by name; a copy damaged throughout would otherwise list thousands. */
const LISTED = 20;

const KINDS: readonly RecordKind[] = ['partnership', 'council', 'service', 'shape', 'details'];

/**
 * Says how many records of the bundled data were left out because they failed
 * their checks, and which: the map never drops a record without saying so.
 */
export function DataNotice({ rejected }: { rejected: readonly RejectedRecord[] }) {
  const tr = useI18n();
  if (rejected.length === 0) return null;
  const counts = KINDS.map((kind) => [kind, rejected.filter((r) => r.kind === kind).length] as const).filter(([, count]) => count > 0);
  return (
    <div className="data-notice" role="status">
      <ul className="data-notice-counts">
        {counts.map(([kind, count]) => (
          <li key={kind}>
            <strong>{tr.t(`notice.${kind}`, { count })}</strong>
          </li>
        ))}
      </ul>
      <p>{tr.t('notice.explain')}</p>
      <details>
        <summary>{tr.t('notice.which')}</summary>
        <ul className="data-notice-records">
          {rejected.slice(0, LISTED).map((r, i) => (
            <li key={i}>
              {tr.t('notice.item', {
                kind: tr.t(`notice.kind.${r.kind}`),
                position: r.position,
                id: r.id ? ` “${r.id}”` : '',
                reason: r.kind === 'shape' ? tr.t('notice.reason.shape') : tr.t(`notice.reason.${r.reason}`, { field: r.field ?? '' }),
              })}
            </li>
          ))}
          {rejected.length > LISTED && <li>{tr.t('notice.more', { count: rejected.length - LISTED })}</li>}
        </ul>
      </details>
    </div>
  );
}
