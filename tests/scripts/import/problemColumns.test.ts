import { describe, expect, it } from 'vitest';
import { fieldValue, problemColumn, sourceNumber } from '../../../scripts/import/problemColumns';

describe('problemColumn', () => {
  const all = () => true;
  it('puts a record field’s problem under the sheet column it came from, with the item numbered from 1', () => {
    expect(problemColumn('sources[1].title', all)).toEqual({ key: 'sourceTitles', prefix: 'source 2: ' });
    expect(problemColumn('sources[0].url', all)).toEqual({ key: 'sourceUrls', prefix: 'source 1: ' });
    expect(problemColumn('membershipChanges[2].source', all)).toEqual({ key: 'membershipChanges', prefix: 'change 3: ' });
    expect(problemColumn('councils[0]', all)).toEqual({ key: 'councils', prefix: 'council 1: ' });
    expect(problemColumn('startYear', all)).toEqual({ key: 'startYear', prefix: '' });
    expect(problemColumn('somethingNew', all)).toEqual({ key: 'name', prefix: 'somethingNew: ' });
  });

  it('falls back to the savings or services column when the sheet lacks the finer one', () => {
    expect(problemColumn('savings.kind', all)).toEqual({ key: 'savingsKind', prefix: '' });
    expect(problemColumn('savings.kind', () => false)).toEqual({ key: 'savings', prefix: '' });
    expect(problemColumn('servicesAsWritten', () => false)).toEqual({ key: 'services', prefix: '' });
  });
});

describe('fieldValue and sourceNumber', () => {
  it('read the value at a field path, and number a source from 1', () => {
    const record = { membershipChanges: [{ source: 0 }, { source: 4 }] };
    expect(fieldValue(record, 'membershipChanges[1].source')).toBe(4);
    expect(fieldValue(record, 'membershipChanges[5].source')).toBeUndefined();
    expect(sourceNumber(4)).toBe('5');
    expect(sourceNumber('x')).toBe('"x"');
  });
});
