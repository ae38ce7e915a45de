import type { PartnershipSummary } from '../shared/types';
import { estimateMidpoint } from './savingsBands';
import type { TableColumn, TableSort } from './viewState';

// The table's order. Names compare as people read them; unknown years and
// savings go last whichever way the column is sorted.

export interface SortContext {
  /** Text shown in the councils and services columns, to sort them as shown. */
  councilsText(p: PartnershipSummary): string;
  servicesText(p: PartnershipSummary): string;
  locale: string;
}

const STATUS_ORDER = { active: 0, ended: 1, unknown: 2 } as const;

export function sortPartnerships(list: readonly PartnershipSummary[], sort: TableSort | null, context: SortContext): PartnershipSummary[] {
  const { column, descending } = sort ?? { column: 'name' as TableColumn, descending: false };
  const collator = new Intl.Collator(context.locale, { sensitivity: 'base', numeric: true });
  const keyed = list.map((p) => ({ p, key: keyOf(p, column, context) }));
  keyed.sort((x, y) => {
    if (x.key === null || y.key === null) {
      if (x.key === y.key) return collator.compare(x.p.name, y.p.name);
      return x.key === null ? 1 : -1;
    }
    const order = typeof x.key === 'number' ? x.key - (y.key as number) : collator.compare(x.key, y.key as string);
    return (descending ? -order : order) || collator.compare(x.p.name, y.p.name);
  });
  return keyed.map((k) => k.p);
}

function keyOf(p: PartnershipSummary, column: TableColumn, context: SortContext): string | number | null {
  switch (column) {
    case 'name':
      return p.name;
    case 'councils':
      return context.councilsText(p);
    case 'services':
      return context.servicesText(p);
    case 'start':
      return p.startYear;
    case 'end':
      return p.endYear;
    case 'status':
      return STATUS_ORDER[p.status];
    case 'savings':
      return p.estimate ? estimateMidpoint(p.estimate) : null;
  }
}

/**
 * A cell as a spreadsheet will read it as text: one that begins with = + - @
 * or a tab or carriage return would be run as a formula by Excel and
 * LibreOffice (CSV injection), so it gets a leading apostrophe, as OWASP
 * advises. Numbers are left as they are.
 */
export function spreadsheetText(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell) ? `'${cell}` : cell;
}
