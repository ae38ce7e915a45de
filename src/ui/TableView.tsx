import { csvFormatRows } from 'd3-dsv';
import { useId, useMemo } from 'react';
import type { AppData } from '../data/indexes';
import { useI18n } from '../i18n/I18nContext';
import type { Translator } from '../i18n/translator';
import { shortList } from '../model/listSummary';
import { sortPartnerships, spreadsheetText } from '../model/table';
import { TABLE_COLUMNS, type TableColumn, type TableSort } from '../model/viewState';
import type { PartnershipDetails, PartnershipSummary } from '../shared/types';
import { fetchDetails } from './hooks/useDetails';
import { councilNameByCode, partnershipEstimateText, serviceLabels, statusText } from './describe';

export interface TableViewProps {
  data: AppData;
  partnerships: readonly PartnershipSummary[];
  sort: TableSort | null;
  selected: string | null;
  onSort(sort: TableSort): void;
  onOpen(id: string): void;
}

const HEADINGS: Record<TableColumn, 'table.name' | 'table.councils' | 'table.services' | 'table.start' | 'table.end' | 'table.status' | 'table.savings'> = {
  name: 'table.name',
  councils: 'table.councils',
  services: 'table.services',
  start: 'table.start',
  end: 'table.end',
  status: 'table.status',
  savings: 'table.savings',
};

const MAX_NAMES = 6;

/** The partnerships shown on the map, as a sortable table, with a CSV of exactly these rows. */
export function TableView({ data, partnerships, sort, selected, onSort, onOpen }: TableViewProps) {
  const tr = useI18n();
  const councilsText = (p: PartnershipSummary) => tr.list(p.councils.map((c) => councilNameByCode(c, data, tr, true)));
  const servicesText = (p: PartnershipSummary) => serviceLabels(p, data, tr);
  // A national consortium lists thirty councils; the table shows the first few, the details all.
  const shortCouncilsText = (p: PartnershipSummary) => {
    const { shown, more } = shortList(p.councils, MAX_NAMES);
    const names = shown.map((c) => councilNameByCode(c, data, tr, true));
    return tr.list(more > 0 ? [...names, tr.t('table.andMore', { count: more })] : names);
  };
  const rows = useMemo(
    () => sortPartnerships(partnerships, sort, { councilsText, servicesText, locale: tr.locale }),
    // The text helpers follow the translator; listing tr covers them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [partnerships, sort, tr, data],
  );
  const current = sort ?? { column: 'name' as TableColumn, descending: false };
  const captionId = useId();

  const download = () => downloadCsv(rows, tr, councilsText, servicesText);

  return (
    <section className="table-view" aria-labelledby="table-title">
      <div className="table-toolbar">
        <h2 id="table-title">{tr.t('table.title')}</h2>
        <button type="button" className="button" onClick={download} disabled={rows.length === 0}>
          {tr.t('table.download', { count: rows.length })}
        </button>
      </div>
      {/* Named by its caption, so the page's two regions (the section and this scrolling box) have names of their own. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table>
          <caption id={captionId}>{tr.t('table.caption', { count: rows.length, column: tr.t(HEADINGS[current.column]) })}</caption>
          <thead>
            <tr>
              {TABLE_COLUMNS.map((column) => {
                const active = current.column === column;
                const ariaSort = active ? (current.descending ? 'descending' : 'ascending') : 'none';
                return (
                  <th key={column} scope="col" aria-sort={ariaSort}>
                    <button type="button" className="sort-button" onClick={() => onSort({ column, descending: active ? !current.descending : column === 'savings' })}>
                      {tr.t(HEADINGS[column])}
                      <span aria-hidden="true" className="sort-arrow">
                        {active ? (current.descending ? '▼' : '▲') : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id} className={p.id === selected ? 'selected' : undefined}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onOpen(p.id)}>
                    {p.name}
                  </button>
                </th>
                <td data-label={tr.t(HEADINGS.councils)}>{shortCouncilsText(p)}</td>
                <td data-label={tr.t(HEADINGS.services)}>{servicesText(p)}</td>
                <td data-label={tr.t(HEADINGS.start)}>{p.startYear ?? '—'}</td>
                <td data-label={tr.t(HEADINGS.end)}>{p.endYear ?? '—'}</td>
                <td data-label={tr.t(HEADINGS.status)}>{statusText(p, tr)}</td>
                <td data-label={tr.t(HEADINGS.savings)}>{partnershipEstimateText(p, tr)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The rows as a CSV file, with each partnership's codes, quote, estimate and sources, downloaded at once. */
async function downloadCsv(
  rows: readonly PartnershipSummary[],
  tr: Translator,
  councilsText: (p: PartnershipSummary) => string,
  servicesText: (p: PartnershipSummary) => string,
): Promise<void> {
  // The quotes and sources are in the details, loaded after the first view: wait for them if need be.
  const details = await fetchDetails().then(
    (loaded) => loaded.byId,
    () => ({}) as Record<string, PartnershipDetails>,
  );
  const header = [...TABLE_COLUMNS.map((c) => tr.t(HEADINGS[c])), tr.t('csv.codes'), tr.t('csv.quote'), tr.t('csv.low'), tr.t('csv.high'), tr.t('csv.sources')];
  const body = rows.map((p) => [
    p.name,
    councilsText(p),
    servicesText(p),
    p.startYear?.toString() ?? '',
    p.endYear?.toString() ?? '',
    statusText(p, tr),
    partnershipEstimateText(p, tr),
    p.councils.join('; '),
    details[p.id]?.savings?.quote ?? '',
    p.estimate?.low.toString() ?? '',
    p.estimate?.high.toString() ?? '',
    (details[p.id]?.sources ?? []).map((s) => s.url).join(' '),
  ]);
  // A byte-order mark, so that Excel reads the file as UTF-8 (£ and Welsh letters).
  const blob = new Blob(['\uFEFF', csvFormatRows([header, ...body.map((row) => row.map(spreadsheetText))])], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${tr.t('table.csvFile')}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
