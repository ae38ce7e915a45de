import { describe, expect, it } from 'vitest';
import { RowReader } from '../../../scripts/import/rowReader';
import { mapHeader } from '../../../scripts/spreadsheet/partnershipColumns';
import { context } from '../../helpers/importSheet';

const header = mapHeader(['name', 'start year', 'councils']);
const reader = () => new RowReader(7, ['  East Kent HR ', '2016/17'], header, context);

describe('RowReader', () => {
  it('gives a cell by its column, trimmed, and "" for a column the sheet lacks or a short row', () => {
    const r = reader();
    expect(r.cell('name')).toBe('East Kent HR');
    expect(r.cell('councils')).toBe('');
    expect(r.cell('lead')).toBe('');
    expect(r.has('councils')).toBe(true);
    expect(r.has('lead')).toBe(false);
  });

  it('takes a read value, noting how it was read, or records the error and gives the fallback', () => {
    const r = reader();
    expect(r.take('startYear', { value: 2016, note: 'read the financial year' }, null)).toBe(2016);
    expect(r.hasErrors()).toBe(false);
    expect(r.take('startYear', { error: 'not a year' }, null)).toBeNull();
    expect(r.hasErrors()).toBe(true);
    expect(r.issues).toEqual([
      { row: 7, column: 'start year', message: 'read the financial year', level: 'note' },
      { row: 7, column: 'start year', message: 'not a year', level: 'error' },
    ]);
  });
});
