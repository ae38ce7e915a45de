import { describe, expect, it } from 'vitest';
import { importTable } from '../../../scripts/import/importTable';
import { parseCsvText } from '../../../scripts/spreadsheet/csvTable';
import { context, errors, GOOD, notes, run } from '../../helpers/importSheet';

describe('importTable: a good row', () => {
  it('builds the record the README describes, reading names, services and savings', () => {
    const result = run({
      ...GOOD,
      savings: 'savings in the order of £2.3m were achievable over 5 years',
      'source checked': '2026-12-03',
      'source passages': '1 [councils, services, start]: Canterbury, Dover, Shepway and Thanet agreed to share HR from 2009.\n1 [savings]: The report found that savings in the order of £2.3m were achievable over 5 years.',
    });
    expect(errors(result)).toEqual([]);
    expect(result.records).toEqual([
      {
        id: 'east-kent-hr',
        name: 'East Kent HR',
        councils: ['E07000106', 'E07000108', 'E07000112', 'E07000114', 'E10000016'],
        services: ['hr-payroll'],
        servicesAsWritten: 'HR; payroll',
        startYear: 2009,
        endYear: null,
        status: 'unknown',
        description: 'Four councils share HR; Kent runs payroll.',
        savings: { quote: 'savings in the order of £2.3m were achievable over 5 years', source: 0, kind: 'period', low: 2_300_000, high: 2_300_000, years: 5, target: true, qualifier: 'about' },
        sources: [
          {
            title: 'East Kent HR shared service',
            publisher: 'Kent County Council',
            url: 'https://democracy.kent.gov.uk/mgAi.aspx?ID=7842',
            checked: '2026-12-03',
            passages: [
              { text: 'Canterbury, Dover, Shepway and Thanet agreed to share HR from 2009.', supports: ['councils', 'services', 'start'] },
              { text: 'The report found that savings in the order of £2.3m were achievable over 5 years.', supports: ['savings'] },
            ],
          },
        ],
      },
    ]);
    expect(result.counts).toMatchObject({ rows: 1, imported: 1, leftOut: 0, existing: 1, councilNames: { total: 5, resolved: 5 }, savings: { fromWording: 1 } });
    expect(notes(result)).toContain('row 2, councils: read "Shepway DC" as E07000112 Folkestone and Hythe District Council');
    expect(notes(result)).toContain('row 2, savings: read as period, £2,300,000 over 5 years, target, about');
  });

  it('takes the savings structure from its columns when they are filled in, without reading the wording', () => {
    const result = run({
      ...GOOD,
      savings: 'something hard to read',
      'savings kind': 'annual',
      'savings low': '£1.5m',
      'savings high': '2,000,000',
      'savings target': 'no',
      'savings scope': 'each partner',
      'savings qualifier': 'at least',
      'savings source': '1',
      'source checked': '2026-12-03',
      'source passages': '1 [savings]: It said something hard to read.',
    });
    expect(errors(result)).toEqual([]);
    expect(result.records[0]!.savings).toEqual({ quote: 'something hard to read', source: 0, kind: 'annual', low: 1_500_000, high: 2_000_000, target: false, scope: 'each-partner', qualifier: 'at-least' });
    expect(result.counts.savings.fromColumns).toBe(1);
  });

  it('fills in missing titles and publishers honestly, and says so', () => {
    const result = run({ ...GOOD, 'source URLs': 'https://www.kent.gov.uk/a; http://thanet.gov.uk/b', 'source titles': '', 'source publishers': '; Thanet District Council' });
    expect(errors(result)).toEqual([]);
    expect(result.records[0]!.sources).toEqual([
      { title: 'Source (no title given)', publisher: 'kent.gov.uk', url: 'https://www.kent.gov.uk/a' },
      { title: 'Source (no title given)', publisher: 'Thanet District Council', url: 'http://thanet.gov.uk/b' },
    ]);
    expect(result.counts.filled).toBe(3);
    expect(notes(result)).toEqual(
      expect.arrayContaining([
        'row 2, source titles: no title for source 1: filled in "Source (no title given)"',
        'row 2, source publishers: no publisher for source 1: filled in the web address\'s host, "kent.gov.uk"',
      ]),
    );
  });

  it('reads lists alongside the URLs one per line, keeping ";" inside a title', () => {
    const result = run({
      ...GOOD,
      'source URLs': 'https://a.gov.uk/1\nhttps://b.gov.uk/2\nhttps://c.gov.uk/3',
      'source titles': 'One; with a semicolon\nTwo\nThree',
      'source publishers': 'A\nB\nC',
      'source dates': '2015-11\n-\n20/06/2017',
    });
    expect(errors(result)).toEqual([]);
    expect(result.records[0]!.sources).toEqual([
      { title: 'One; with a semicolon', publisher: 'A', date: '2015-11', url: 'https://a.gov.uk/1' },
      { title: 'Two', publisher: 'B', url: 'https://b.gov.uk/2' },
      { title: 'Three', publisher: 'C', date: '2017-06-20', url: 'https://c.gov.uk/3' },
    ]);
  });

  it('reads membership changes, naming a council that joined later by its year of joining', () => {
    const result = run({
      ...GOOD,
      councils: 'Canterbury; Dover; Buckinghamshire',
      'start year': '2015',
      'source URLs': 'https://a.gov.uk/1 https://b.gov.uk/2',
      'source titles': 'One; Two',
      'source publishers': 'A; B',
      'membership changes': 'Buckinghamshire joined 2021 (source 2): the new unitary council joined\nDover left 2022 (source 1)',
      'lead council': 'Dover',
    });
    expect(errors(result)).toEqual([]);
    const record = result.records[0]!;
    expect(record.councils).toEqual(['E07000106', 'E07000108', 'E06000060']);
    expect(record.lead).toBe('E07000108');
    expect(record.membershipChanges).toEqual([
      { council: 'E06000060', joined: 2021, source: 1, note: 'the new unitary council joined' },
      { council: 'E07000108', left: 2022, source: 0 },
    ]);
  });

  it('makes ids from names, unique within the sheet', () => {
    const result = run({ ...GOOD, name: 'Kent & Medway HR' }, { ...GOOD, name: 'Kent and Medway HR' });
    expect(result.records.map((r) => r.id)).toEqual(['kent-and-medway-hr', 'kent-and-medway-hr-2']);
    expect(notes(result)).toContain('row 3, id: no id: made "kent-and-medway-hr-2" from the name (row 2 has "kent-and-medway-hr")');
  });
});

describe('importTable: rows left out, never guessed', () => {
  it('an ambiguous name without a start year, with the candidates', () => {
    const result = run({ ...GOOD, councils: 'Buckinghamshire; LB Harrow', 'start year': '' });
    expect(result.records).toEqual([]);
    expect(errors(result)).toEqual([
      'row 2, councils: "Buckinghamshire" matches more than one council: E06000060 Buckinghamshire Council (from 2020); E10000002 Buckinghamshire County Council (until 2019). Write E06000060 (Buckinghamshire Council) or Buckinghamshire County Council, or use the GSS code, or give the start year',
    ]);
    expect(result.counts).toMatchObject({ imported: 0, leftOut: 1, councilNames: { total: 2, resolved: 1 } });
  });

  it('the start year chooses the council that existed', () => {
    expect(run({ ...GOOD, councils: 'Buckinghamshire; LB Harrow', 'start year': '2017' }).records[0]!.councils).toEqual(['E10000002', 'E09000015']);
  });

  it('an unknown name, with the closest councils', () => {
    const result = run({ ...GOOD, councils: 'Tunbridge Wels; Canterbury' });
    expect(errors(result)[0]).toMatch(/^row 2, councils: "Tunbridge Wels" is not a council we know; closest: E07000116 Tunbridge Wells Borough Council/);
  });

  it('an unknown code, with the nearest codes', () => {
    expect(errors(run({ ...GOOD, councils: 'E10000015; Canterbury' }))[0]).toMatch(/E10000015 is not a council code in the register; nearest codes: E10000014 Hampshire/);
  });

  it('cells that are not what their column holds', () => {
    const result = run({ ...GOOD, 'start year': 'soon', status: 'paused', 'source dates': '31/13/2020', services: 'catering', 'savings kind': 'sometimes', savings: '£1m' });
    expect(errors(result)).toEqual([
      'row 2, start year: "soon" is not a year: write it as four digits, e.g. 2016',
      'row 2, status: "paused" is not a status: write active, ended or unknown',
      'row 2, services: no service area recognised in "catering": use the ids or words of data/services.json (e.g. ict, legal, revs and bens)',
      'row 2, source dates: "31/13/2020" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY',
      'row 2, savings kind: "sometimes" is not a kind: write annual, period, cumulative or unclear (or clear the savings columns to have the wording read)',
      'row 2, savings low: give the figure in savings low and savings high (the same for a single figure)',
      'row 2, source passages: source 1: no passage quotes the savings wording "£1m" → add a line "1 [savings]: …" with the sentence of source 1 that contains it, exactly, and the day you read it in source checked; or leave savings empty if no source you can read gives it',
    ]);
  });

  it("the checker's problems, under the sheet's columns", () => {
    const result = run({ ...GOOD, councils: 'Canterbury', 'end year': '2001', description: '', 'source URLs': 'www.kent.gov.uk/hr' });
    expect(errors(result)).toEqual([
      'row 2, description: missing → add the description',
      'row 2, end year: ends (2001) before it starts (2009) → check both years against the sources',
      'row 2, status: has an end year but status "unknown" → set status to "ended", or remove the end year',
      'row 2, councils: needs at least two councils → list the GSS codes of every partner council',
      'row 2, source URLs: source 1: "www.kent.gov.uk/hr" is not an http(s) address → give the full address a reader can open, starting https:// or http://',
    ]);
  });

  it('a lead council that is not a partner, and a repeated id', () => {
    const result = run({ ...GOOD, id: 'kent-hr', 'lead council': 'Nottingham City' }, { ...GOOD, id: 'kent-hr' });
    expect(errors(result)).toEqual([
      'row 2, lead council: "Nottingham City" (E06000018 Nottingham City Council) is not one of the councils: add it to councils, or correct it',
      'row 3, id: "kent-hr" is also the id of row 2',
    ]);
  });

  it('a header without a column the import needs reads no row', () => {
    const result = importTable(parseCsvText('name,councils\nA,B'), context);
    expect(result.fatal).toBe('the header row has no "services", "description", "source URLs" columns (found: "name", "councils")');
    expect(result.rows).toEqual([]);
  });
});

describe('source numbers', () => {
  it('are counted from 1 in the sheet, in values and in messages', () => {
    const result = run({ ...GOOD, savings: '£1m a year', 'savings source': '3', 'membership changes': 'Dover left 2015 (source 2)' });
    expect(errors(result)).toEqual([
      'row 2, savings source: source 3 is not one of the 1 source URL → give a number from 1 to 1',
      'row 2, membership changes: change 1: source 2 is not one of the 1 source URL → give a number from 1 to 1',
    ]);
  });
});

// Failures found by tests/scripts/import/importTable.property.test.ts, kept as examples.
describe('importTable: found by the property tests', () => {
  it('reports a savings kind, scope or qualifier of "constructor" or "__proto__" quoting the cell', () => {
    const structured = { ...GOOD, savings: 'about £1m a year', 'savings kind': 'annual', 'savings low': '1000000', 'source checked': '2026-12-03', 'source passages': '1 [savings]: It saves about £1m a year.' };
    expect(errors(run({ ...structured, 'savings kind': 'constructor' }))).toEqual([
      'row 2, savings kind: "constructor" is not a kind: write annual, period, cumulative or unclear (or clear the savings columns to have the wording read)',
    ]);
    expect(errors(run({ ...structured, 'savings scope': '__proto__' }))).toEqual(['row 2, savings scope: "__proto__" is not a scope: write partnership, each-partner or some-partners']);
    expect(errors(run({ ...structured, 'savings qualifier': 'constructor' }))).toEqual(['row 2, savings qualifier: "constructor" is not a qualifier: write about, at-least or up-to']);
  });
});
