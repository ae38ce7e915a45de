import type { AppData } from '../data/indexes';
import { useI18n } from '../i18n/I18nContext';
import type { Translator } from '../i18n/translator';
import type { FigureTotals, Summary as SummaryData } from '../model/stats';
import { serviceLabel } from './describe';

export interface SummaryProps {
  data: AppData;
  summary: SummaryData;
  /** Service areas being filtered on; their bars are marked. */
  activeServices: readonly string[];
  onToggleService(id: string): void;
}

/** The savings totals, each saying what it sums: "£3.6m reported as achieved, £1m targets and projections". */
export function figureTotalsText(totals: FigureTotals, tr: Translator): string {
  const parts: string[] = [];
  const { reported, target } = totals;
  if (reported.count) parts.push(tr.t('summary.savingsReported', { range: tr.moneyRange(reported.low, reported.high) }));
  if (target.count) parts.push(tr.t('summary.savingsTarget', { range: tr.moneyRange(target.low, target.high) }));
  return parts.join(', ');
}

/** Counts, the savings total as a range, and a bar chart by service area; all follow the filters. */
export function Summary({ data, summary, activeServices, onToggleService }: SummaryProps) {
  const tr = useI18n();
  const { savings } = summary;
  const max = Math.max(1, ...summary.byService.map((s) => s.count));
  const rows = [...summary.byService].sort((a, b) => b.count - a.count);
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{tr.t('summary.title')}</h2>
      <p className="summary-headline">
        <strong>{tr.t('summary.partnerships', { count: summary.partnerships })}</strong>
        {' · '}
        {tr.t('summary.councils', { count: summary.councils })}
      </p>
      <p className="summary-savings">
        {savings.known > 0 ? tr.t('summary.savings', { range: figureTotalsText(summary.byFigure, tr) }) : tr.t('summary.savingsNone')}
      </p>
      {savings.known > 0 && <p className="hint">{tr.t('summary.savingsFrom', { count: savings.known })}</p>}
      {savings.noFigure > 0 && <p className="hint">{tr.t('summary.noFigure', { count: savings.noFigure })}</p>}
      {savings.noPeriod > 0 && <p className="hint">{tr.t('summary.noPeriod', { count: savings.noPeriod })}</p>}
      {savings.partial > 0 && <p className="hint">{tr.t('summary.partial', { count: savings.partial })}</p>}
      <h3>{tr.t('summary.byService')}</h3>
      <ul className="bar-chart">
        {rows.map((row) => {
          const service = data.serviceById.get(row.id)!;
          const label = serviceLabel(row.id, data, tr);
          const active = activeServices.includes(row.id);
          return (
            <li key={row.id}>
              <button type="button" className={`bar-row${active ? ' active' : ''}`} aria-pressed={active} onClick={() => onToggleService(row.id)}>
                <span className="bar-label">
                  <span className="swatch" style={{ background: service.colour }} aria-hidden="true" />
                  {label}
                </span>
                <span className="bar-track" aria-hidden="true">
                  <span className="bar" style={{ width: `${(row.count / max) * 100}%`, background: service.colour }} />
                </span>
                <span className="bar-value">{tr.number(row.count)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <p className="hint">{tr.t('summary.byServiceNote')}</p>
      <p className="hint">{tr.t('summary.estimateNote')}</p>
    </section>
  );
}
