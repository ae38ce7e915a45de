import { columnHeader, type ColumnKey, type HeaderMap } from '../spreadsheet/partnershipColumns';
import type { Read } from './cellReaders';
import type { ImportContext, ImportCounts } from './importTable';

// One spreadsheet row being read: its cells by column, and the errors and
// notes the reading finds, each against the sheet's column.

export interface ImportIssue {
  row: number;
  /** The column's header as the spreadsheet writes it. */
  column: string;
  message: string;
  /** An error leaves the row out; a note says what the import read or filled in. */
  level: 'error' | 'note';
}

export interface CouncilTally {
  names: number;
  namesResolved: number;
  codes: number;
  codesResolved: number;
}
export class RowReader {
  readonly issues: ImportIssue[] = [];
  readonly councilTally: CouncilTally = { names: 0, namesResolved: 0, codes: 0, codesResolved: 0 };
  savingsHow: keyof ImportCounts['savings'] = 'none';
  filled = 0;

  constructor(
    readonly row: number,
    private readonly cells: readonly string[],
    private readonly header: HeaderMap,
    readonly context: ImportContext,
  ) {}

  has(key: ColumnKey): boolean {
    return this.header.positions[key] !== undefined;
  }

  /** The cell's text, trimmed ("" for a column the sheet does not have). */
  cell(key: ColumnKey): string {
    const at = this.header.positions[key];
    return at === undefined ? '' : (this.cells[at] ?? '').trim();
  }

  error(key: ColumnKey, message: string): void {
    this.issues.push({ row: this.row, column: columnHeader(key), message, level: 'error' });
  }

  note(key: ColumnKey, message: string): void {
    this.issues.push({ row: this.row, column: columnHeader(key), message, level: 'note' });
  }

  take<T>(key: ColumnKey, read: Read<T>, fallback: T): T {
    if ('error' in read) {
      this.error(key, read.error);
      return fallback;
    }
    if (read.note) this.note(key, read.note);
    return read.value;
  }

  hasErrors(): boolean {
    return this.issues.some((i) => i.level === 'error');
  }
}
