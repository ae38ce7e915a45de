import { describe, expect, it } from 'vitest';
import { COLUMNS, headerKey, mapHeader } from '../../../scripts/spreadsheet/partnershipColumns';

describe('mapHeader', () => {
  it('ignores case, spacing and punctuation, and knows other names for columns', () => {
    const map = mapHeader(['Name', 'COUNCILS', 'Host council', 'services', 'START YEAR', 'end_year', 'Source URL(s)', 'Description', 'Officer', '', 'savings  (as quoted)']);
    expect(map.positions).toEqual({ name: 0, councils: 1, lead: 2, services: 3, startYear: 4, endYear: 5, sourceUrls: 6, description: 7, savings: 10 });
    expect(map.unknown).toEqual(['Officer']);
    expect(map.missing).toEqual([]);
    expect(map.duplicates).toEqual([]);
  });

  it('reports required columns that are missing and columns named twice', () => {
    const map = mapHeader(['name', 'source url', 'Source URLs', 'services']);
    expect(map.missing.map((c) => c.header)).toEqual(['councils', 'description']);
    expect(map.duplicates).toEqual(['"source url" and "Source URLs" (both source URLs)']);
  });

  it('knows every header the export writes, and no header names two columns', () => {
    const seen = new Map<string, string>();
    for (const column of COLUMNS) {
      expect(mapHeader([column.header]).positions).toEqual({ [column.key]: 0 });
      for (const name of [column.header, ...column.aliases]) {
        const key = headerKey(name);
        expect(seen.get(key) ?? column.key, `"${name}"`).toBe(column.key);
        seen.set(key, column.key);
      }
    }
  });
});
