import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadImportContext } from '../../../scripts/lib/cliContext';
import { parseCsv, parseCsvText } from '../../../scripts/lib/csvTable';
import {
  idFromName,
  importTable,
  parseChangeLine,
  readDate,
  readPassageLine,
  readStatus,
  readYear,
  splitParallel,
  splitUrls,
  type ImportContext,
  type ImportResult,
} from '../../../scripts/lib/importPartnerships';
import { CouncilNameIndex } from '../../../src/shared/councilNames';
import type { ServiceTerms } from '../../../src/shared/matchServices';
import { council, SAMPLE_COUNCILS } from '../../helpers/councils';

const root = join(__dirname, '..', '..', '..');
const services = (JSON.parse(readFileSync(join(root, 'data', 'services.json'), 'utf8')) as { services: ServiceTerms[] }).services;

const councils = [
  ...SAMPLE_COUNCILS,
  council({ code: 'E07000108', name: 'Dover District Council', shortName: 'Dover' }),
  council({ code: 'E07000114', name: 'Thanet District Council', shortName: 'Thanet' }),
  council({ code: 'E10000016', name: 'Kent County Council', shortName: 'Kent', type: 'county', tier: 'upper' }),
];
const context: ImportContext = { councils: new CouncilNameIndex(councils, { RBKC: 'E09000020' }), services, currentYear: 2026, existingIds: new Set(['east-kent-hr']) };

const HEADER = 'name,id,councils,lead council,services,services as written,start year,end year,status,description,savings,savings kind,savings low,savings high,savings years,savings target,savings scope,savings qualifier,savings source,source URLs,source titles,source publishers,source dates,source checked,source passages,membership changes,notes';

/** A CSV of the full header and rows given as column → value. */
function csv(...rows: Record<string, string>[]): string {
  const header = HEADER.split(',');
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [HEADER, ...rows.map((row) => header.map((h) => quote(row[h] ?? '')).join(','))].join('\n');
}

const GOOD = {
  name: 'East Kent HR',
  councils: 'Canterbury City Council; Dover DC; Shepway DC; Thanet; Kent CC',
  services: 'HR; payroll',
  'start year': '2009',
  status: 'unknown',
  description: 'Four councils share HR; Kent runs payroll.',
  'source URLs': 'https://democracy.kent.gov.uk/mgAi.aspx?ID=7842',
  'source titles': 'East Kent HR shared service',
  'source publishers': 'Kent County Council',
};

function run(...rows: Record<string, string>[]): ImportResult {
  return importTable(parseCsvText(csv(...rows)), context);
}

function errors(result: ImportResult): string[] {
  return result.rows.flatMap((r) => r.issues.filter((i) => i.level === 'error').map((i) => `row ${i.row}, ${i.column}: ${i.message}`));
}

function notes(result: ImportResult): string[] {
  return result.rows.flatMap((r) => r.issues.filter((i) => i.level === 'note').map((i) => `row ${i.row}, ${i.column}: ${i.message}`));
}

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

describe('cell readers', () => {
  it('readYear', () => {
    expect(readYear('2016')).toEqual({ value: 2016 });
    expect(readYear('')).toEqual({ value: null });
    expect(readYear('-')).toEqual({ value: null });
    expect(readYear('2016/17')).toEqual({ value: 2016, note: 'read the financial year "2016/17" as 2016' });
    expect(readYear('April 2016')).toEqual({ value: 2016, note: 'read "April 2016" as 2016' });
    expect(readYear('2016 or 2017')).toHaveProperty('error');
  });

  it('readStatus', () => {
    expect(readStatus('Active', null)).toEqual({ value: 'active' });
    expect(readStatus('wound up', 2019)).toEqual({ value: 'ended' });
    expect(readStatus('', 2019)).toMatchObject({ value: 'ended' });
    expect(readStatus('', null)).toMatchObject({ value: 'unknown' });
  });

  it('readDate', () => {
    expect(readDate('2017-06-20')).toEqual({ value: '2017-06-20' });
    expect(readDate('20/06/2017')).toMatchObject({ value: '2017-06-20' });
    expect(readDate('Nov-15')).toEqual({ value: '2015-11' });
    expect(readDate('3 March 2013')).toEqual({ value: '2013-03-03' });
    expect(readDate('n/a')).toEqual({ value: undefined });
    expect(readDate('last year')).toHaveProperty('error');
  });

  it('splitUrls', () => {
    expect(splitUrls('https://a.gov.uk/1; https://b.gov.uk/2\nhttp://c.gov.uk/3 https://d.gov.uk/4;https://e.gov.uk/5;')).toEqual([
      'https://a.gov.uk/1',
      'https://b.gov.uk/2',
      'http://c.gov.uk/3',
      'https://d.gov.uk/4',
      'https://e.gov.uk/5',
    ]);
    expect(splitUrls('https://democracy.kent.gov.uk/mgAi.aspx?ID=1;2')).toEqual(['https://democracy.kent.gov.uk/mgAi.aspx?ID=1;2']);
  });

  it('splitParallel', () => {
    expect(splitParallel('A; B', 2)).toEqual(['A', 'B']);
    expect(splitParallel('A; B', 1)).toEqual(['A; B']);
    expect(splitParallel('A; B\nC', 2)).toEqual(['A; B', 'C']);
    expect(splitParallel('', 2)).toEqual([]);
  });

  it('readPassageLine', () => {
    expect(readPassageLine('2 [councils, start year]: The four councils began in 2009.', 3)).toEqual({ value: { source: 1, passage: { text: 'The four councils began in 2009.', supports: ['councils', 'start'] } } });
    expect(readPassageLine('Source 1 [Partners; SAVINGS]: "It saves £1m a year" [sic].', 1)).toEqual({ value: { source: 0, passage: { text: '"It saves £1m a year" [sic].', supports: ['councils', 'savings'] } } });
    expect(readPassageLine('4 [councils]: x', 3)).toEqual({ error: expect.stringContaining('passage of source 4, but there are 3 source URLs') });
    expect(readPassageLine('1 [partnerz]: x', 1)).toEqual({ error: expect.stringContaining('"partnerz" is not a claim a passage can back') });
    expect(readPassageLine('1 [constructor]: x', 1)).toEqual({ error: expect.stringContaining('"constructor" is not a claim') });
    expect(readPassageLine('1 []: x', 1)).toEqual({ error: expect.stringContaining('no claims in "[]"') });
    expect(readPassageLine('The councils agreed.', 1)).toEqual({ error: expect.stringContaining('is not a passage: write "SOURCE [CLAIMS]: passage"') });
  });

  it('parseChangeLine', () => {
    expect(parseChangeLine('Southwark joined 2017 (source 2): approved by cabinet: 20 June')).toEqual({ text: 'Southwark', joined: 2017, source: 1, note: 'approved by cabinet: 20 June' });
    expect(parseChangeLine('E09000028 joined in 2015 and left 2018')).toEqual({ text: 'E09000028', joined: 2015, left: 2018 });
    expect(parseChangeLine('Southwark came and went')).toBeUndefined();
  });

  it('idFromName', () => {
    expect(idFromName("King's Lynn & West Norfolk — shared ICT (2016)")).toBe('kings-lynn-and-west-norfolk-shared-ict-2016');
    expect(idFromName('Ynys Môn')).toBe('ynys-mon');
  });
});

describe('with the real council register', () => {
  let real: ImportContext;
  beforeAll(async () => {
    real = await loadImportContext(root);
  });

  it('never writes a wrong council for a name people write that fits more than one: every such name is reported, with what to write', () => {
    const result = importTable(parseCsv(readFileSync(join(root, 'tests', 'fixtures', 'import-ambiguous.csv'))), real);
    const imported = Object.fromEntries(result.records.map((r) => [r.name, r.councils]));
    // The rows that name every council clearly, and what they must be.
    expect(imported).toEqual({
      'Bedford Borough and Luton': ['E06000055', 'E06000032'],
      'City of Lincoln and West Lindsey': ['E07000138', 'E07000142'],
      'LB Richmond and Wandsworth': ['E09000027', 'E09000032'],
      'Suffolk CC and Babergh': ['E10000029', 'E07000200'],
      'Adur and Worthing': ['E07000223', 'E07000229'],
    });
    const byName = (name: string) => errors({ ...result, rows: result.rows.filter((r) => r.row === result.rows.find((x) => x.issues.some((i) => i.message.includes(`"${name}"`)))?.row) });
    expect(byName('Bedford')).toEqual([
      'row 2, councils: "Bedford" matches more than one council in 2015: E06000055 Bedford Borough Council (from 2009); E06000056 Central Bedfordshire Council (from 2009). Write Bedford Borough Council or Central Bedfordshire Council, or use the GSS code',
    ]);
    // The candidates in the row's county come first: City of Lincoln and Lincolnshire before the unitaries north of the Humber.
    expect(byName('Lincoln')[0]).toMatch(/^row 4, councils: "Lincoln" matches more than one council in 2015: E07000138 City of Lincoln Council; E10000019 Lincolnshire County Council; E06000012 North East Lincolnshire Council; E06000013 North Lincolnshire Council\. Write /);
    expect(byName('Richmond')[0]).toContain('E09000027 London Borough of Richmond upon Thames; E07000166 Richmondshire District Council');
    expect(byName('Suffolk')[0]).toContain('E07000205 Suffolk Coastal District Council (until 2018); E10000029 Suffolk County Council');
    expect(byName('Stafford')[0]).toContain('Write East Staffordshire Borough Council, South Staffordshire Council, Stafford Borough Council, Staffordshire County Council or Staffordshire Moorlands District Council, or use the GSS code');
    for (const name of ['Newcastle', 'Derby', 'Kingston', 'Aberdeen', 'Stafford']) expect(byName(name), name).toHaveLength(1);
    expect(result.counts).toMatchObject({ rows: 14, imported: 5, leftOut: 9 });
  });

  it('resolves every alias in data/council-aliases.json to its own code', () => {
    const { aliases } = JSON.parse(readFileSync(join(root, 'data', 'council-aliases.json'), 'utf8')) as { aliases: Record<string, string> };
    for (const [alias, code] of Object.entries(aliases)) {
      const result = real.councils.resolve(alias);
      expect(result.kind === 'resolved' ? result.council.code : result.kind, alias).toBe(code);
    }
  });

  it('imports the semicolon fixture: four rows, two left out with their candidates', () => {
    const result = importTable(parseCsv(readFileSync(join(root, 'tests', 'fixtures', 'import-officers.csv'))), real);
    expect(result.counts).toMatchObject({ rows: 6, imported: 4, leftOut: 2, councilNames: { total: 18, resolved: 16 } });
    expect(result.records.map((r) => [r.id, r.councils, r.lead, r.services, r.startYear, r.savings?.kind ?? null])).toEqual([
      ['east-kent-hr-shared-service', ['E07000106', 'E07000108', 'E07000112', 'E07000114', 'E10000016'], undefined, ['hr-payroll'], 2009, 'period'],
      ['tri-borough-shared-services', ['E09000013', 'E09000020', 'E09000033'], 'E09000020', ['people'], 2011, 'annual'],
      ['mid-kent-revenues-and-benefits', ['E07000110', 'E07000113', 'E07000116'], 'E07000110', ['revenues-benefits', 'ict', 'legal'], 2008, 'annual'],
      ['harrow-and-hampshire-hr', ['E10000014', 'E09000015'], 'E10000014', ['hr-payroll'], 2017, null],
    ]);
    expect(errors(result)).toEqual([
      expect.stringMatching(/^row 6, councils: "Buckinghamshire" matches more than one council: E06000060 Buckinghamshire Council \(from 2020\); E10000002 Buckinghamshire County Council \(until 2019\)/),
      expect.stringMatching(/^row 7, councils: "Nowhereshire DC" is not a council we know; closest: /),
    ]);
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

// Failures found by tests/scripts/lib/importPartnerships.property.test.ts, kept as examples.
describe('importTable: found by the property tests', () => {
  it('reads "__proto__" and "constructor" in a status cell as what they are: not a status', () => {
    expect(readStatus('__proto__', null)).toEqual({ error: '"__proto__" is not a status: write active, ended or unknown' });
    expect(readStatus('constructor', 2019)).toHaveProperty('error');
  });

  it('reports a savings kind, scope or qualifier of "constructor" or "__proto__" quoting the cell', () => {
    const structured = { ...GOOD, savings: 'about £1m a year', 'savings kind': 'annual', 'savings low': '1000000', 'source checked': '2026-12-03', 'source passages': '1 [savings]: It saves about £1m a year.' };
    expect(errors(run({ ...structured, 'savings kind': 'constructor' }))).toEqual([
      'row 2, savings kind: "constructor" is not a kind: write annual, period, cumulative or unclear (or clear the savings columns to have the wording read)',
    ]);
    expect(errors(run({ ...structured, 'savings scope': '__proto__' }))).toEqual(['row 2, savings scope: "__proto__" is not a scope: write partnership, each-partner or some-partners']);
    expect(errors(run({ ...structured, 'savings qualifier': 'constructor' }))).toEqual(['row 2, savings qualifier: "constructor" is not a qualifier: write about, at-least or up-to']);
  });
});
