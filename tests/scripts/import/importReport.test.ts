import { describe, expect, it } from 'vitest';
import { formatImportReport } from '../../../scripts/import/importReport';
import { parseCsvText } from '../../../scripts/spreadsheet/csvTable';
import { csv, GOOD, run } from '../../helpers/importSheet';

describe('formatImportReport', () => {
  it('gives the counts, then every error and note by row and column', () => {
    const text = csv(GOOD, { ...GOOD, name: 'Broken', councils: 'Nowhereshire DC', 'start year': 'soon' });
    const report = formatImportReport('sheet.csv', parseCsvText(text), run(GOOD, { ...GOOD, name: 'Broken', councils: 'Nowhereshire DC', 'start year': 'soon' }));
    const lines = report.split('\n');
    expect(lines[0]).toBe('Read sheet.csv: UTF-8, comma-separated, 2 rows below the header.');
    expect(report).toContain('Imported 1 of 2 rows; 1 left out (errors below).');
    expect(report).toContain('Errors (');
    expect(report).toContain('  row 3, start year: "soon" is not a year: write it as four digits, e.g. 2016');
    expect(report).toMatch(/ {2}row 3, councils: "Nowhereshire DC" is not a council we know/);
    expect(report.indexOf('Errors (')).toBeLessThan(report.indexOf('Notes ('));
    expect(report.endsWith('\n')).toBe(true);
  });

  it('says why nothing could be imported when the header lacks a column', () => {
    const table = parseCsvText('name,councils,colour\nA,B,red');
    const report = formatImportReport('x.csv', table, { ...run(), fatal: 'the header row has no "services" column' , header: { ...run().header, unknown: ['colour'] } });
    expect(report).toBe('Read x.csv: UTF-8, comma-separated, 1 row below the header.\nIgnored columns: "colour".\nCannot import: the header row has no "services" column.\n');
  });
});
