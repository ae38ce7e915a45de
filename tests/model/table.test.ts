import { describe, expect, it } from 'vitest';
import { sortPartnerships, spreadsheetText } from '../../src/model/table';
import { PARTNERSHIPS } from '../helpers/appData';

const context = { councilsText: (p: { councils: string[] }) => p.councils.join(), servicesText: (p: { services: string[] }) => p.services.join(), locale: 'en-GB' };
const ids = (column: Parameters<typeof sortPartnerships>[1]) => sortPartnerships(PARTNERSHIPS, column, context).map((p) => p.id);

describe('sortPartnerships', () => {
  it('sorts by name by default', () => {
    expect(ids(null)).toEqual(['harrow-barnet-hr', 'hb-public-law', 'cardiff-vale-regulatory', 'suffolk-ict', 'west-suffolk']);
  });

  it('sorts by savings, largest first when descending, unknown last either way', () => {
    expect(ids({ column: 'savings', descending: true })).toEqual(['west-suffolk', 'suffolk-ict', 'hb-public-law', 'harrow-barnet-hr', 'cardiff-vale-regulatory']);
    expect(ids({ column: 'savings', descending: false }).slice(-2)).toEqual(['harrow-barnet-hr', 'cardiff-vale-regulatory']);
  });

  it('sorts by start year with unknown years last', () => {
    expect(ids({ column: 'start', descending: false })).toEqual(['west-suffolk', 'hb-public-law', 'suffolk-ict', 'harrow-barnet-hr', 'cardiff-vale-regulatory']);
  });
});

describe('spreadsheetText', () => {
  it('makes a cell that a spreadsheet would run as a formula plain text', () => {
    expect(spreadsheetText('=HYPERLINK("http://evil.example","x")')).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(spreadsheetText('+1+cmd|/C calc!A0')).toBe("'+1+cmd|/C calc!A0");
    expect(spreadsheetText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(spreadsheetText('-2+3')).toBe("'-2+3");
    expect(spreadsheetText('\t=1')).toBe("'\t=1");
  });

  it('leaves text and numbers as they are', () => {
    expect(spreadsheetText('Harrow and Barnet')).toBe('Harrow and Barnet');
    expect(spreadsheetText('-250000')).toBe('-250000');
    expect(spreadsheetText('1200000')).toBe('1200000');
    expect(spreadsheetText('')).toBe('');
  });
});
