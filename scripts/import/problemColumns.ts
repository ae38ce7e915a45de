import type { PartnershipRecord } from '../../src/shared/types';
import { validatePartnerships, type ValidationContext } from '../../src/shared/validatePartnerships';
import { columnHeader, type ColumnKey } from '../spreadsheet/partnershipColumns';
import type { RowReader } from './rowReader';

// Where in the sheet a problem the record checks find belongs: the checks
// name a record's field ("sources[1].title"), the report names the column
// ("source titles") and which of its items ("source 2: ").

/** The value at a checker's field path ("membershipChanges[1].source") of a record. */
export function fieldValue(record: unknown, field: string): unknown {
  let value = record;
  for (const part of field.split(/\.|\[(\d+)\]/).filter(Boolean)) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}

/** A source index (from 0) as the sheet numbers it (from 1). */
export function sourceNumber(value: unknown): string {
  return typeof value === 'number' ? String(value + 1) : JSON.stringify(value);
}

/** Where in the sheet a checker's problem belongs. */
export function problemColumn(field: string, has: (key: ColumnKey) => boolean): { key: ColumnKey; prefix: string } {
  const indexed = /^(\w+)\[(\d+)\](?:\.(\w+))?/.exec(field);
  const base = indexed ? indexed[1]! : field.split('.')[0]!;
  const n = indexed ? Number(indexed[2]) + 1 : 0;
  switch (base) {
    case 'sources': {
      const part = indexed?.[3];
      const byPart: Record<string, ColumnKey> = { title: 'sourceTitles', publisher: 'sourcePublishers', date: 'sourceDates', checked: 'sourceChecked', passages: 'sourcePassages' };
      const key: ColumnKey = byPart[part ?? ''] ?? 'sourceUrls';
      return { key, prefix: indexed ? `source ${n}: ` : '' };
    }
    case 'savings': {
      const part = field.split('.')[1];
      const map: Record<string, ColumnKey> = { quote: 'savings', source: 'savingsSource', kind: 'savingsKind', low: 'savingsLow', high: 'savingsHigh', years: 'savingsYears', target: 'savingsTarget', scope: 'savingsScope', qualifier: 'savingsQualifier' };
      const key = map[part ?? ''] ?? 'savings';
      return { key: has(key) ? key : 'savings', prefix: '' };
    }
    case 'membershipChanges':
      return { key: 'membershipChanges', prefix: indexed ? `change ${n}: ` : '' };
    case 'councils':
      return { key: 'councils', prefix: indexed ? `council ${n}: ` : '' };
    case 'services':
      return { key: 'services', prefix: indexed ? `service ${n}: ` : '' };
    case 'servicesAsWritten':
      return { key: has('servicesAsWritten') ? 'servicesAsWritten' : 'services', prefix: '' };
    case 'lead':
    case 'id':
    case 'name':
    case 'startYear':
    case 'endYear':
    case 'status':
    case 'description':
    case 'notes':
      return { key: base, prefix: '' };
    default:
      return { key: 'name', prefix: `${field}: ` };
  }
}

/**
 * The checks every record passes, reported against the sheet's columns
 * (sources numbered from 1, as the sheet does); a column that already has an
 * error is not reported twice.
 */
export function reportRecordProblems(reader: RowReader, record: PartnershipRecord, options: ValidationContext): void {
  const problems = validatePartnerships([record], options);
  const erred = new Set(reader.issues.filter((i) => i.level === 'error').map((i) => i.column));
  for (const problem of problems) {
    const { key, prefix } = problemColumn(problem.field, (k) => reader.has(k));
    const column = columnHeader(key);
    if (erred.has(column)) continue;
    const count = record.sources.length;
    const unquoted = /^sources\[(\d+)\]\.passages$/.exec(problem.field);
    const message = /\.source$/.test(problem.field)
      ? `source ${sourceNumber(fieldValue(record, problem.field))} is not one of the ${count} source URL${count === 1 ? '' : 's'} → give a number from 1 to ${count}`
      : unquoted && record.savings && problem.message.startsWith('no passage quotes')
        ? `${problem.message} → add a line "${Number(unquoted[1]) + 1} [savings]: …" with the sentence of source ${Number(unquoted[1]) + 1} that contains it, exactly, and the day you read it in source checked; or leave savings empty if no source you can read gives it`
        : `${problem.message} → ${problem.fix}`;
    reader.issues.push({ row: reader.row, column, message: `${prefix}${message}`, level: 'error' });
  }
}
