import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadImportContext } from '../../../scripts/lib/cliContext';
import { parseCsv } from '../../../scripts/spreadsheet/csvTable';
import { importTable, type ImportContext } from '../../../scripts/import/importTable';
import { describeCouncil, orderByNeighbours } from '../../../scripts/import/resolveCouncil';
import { CouncilNameIndex } from '../../../src/shared/councilNames';
import { council } from '../../helpers/councils';
import { errors, root } from '../../helpers/importSheet';

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

describe('describeCouncil and orderByNeighbours', () => {
  it('show a council with the years it existed', () => {
    expect(describeCouncil(council({ code: 'E1', name: 'Old DC', shortName: 'Old', lastYear: 2019 }))).toBe('E1 Old DC (until 2019)');
    expect(describeCouncil(council({ code: 'E2', name: 'New', shortName: 'New', firstYear: 2020 }))).toBe('E2 New (from 2020)');
    expect(describeCouncil(council({ code: 'E3', name: 'Both', shortName: 'Both', firstYear: 1974, lastYear: 2009 }))).toBe('E3 Both (1974–2009)');
  });

  it('put the candidates in the row’s county first, then its region, then by name', () => {
    const a = council({ code: 'E07000001', name: 'Zed District', shortName: 'Zed', counties: [{ county: 'E10000001' }] });
    const b = council({ code: 'E07000002', name: 'Alpha North', shortName: 'Alpha', region: 'North East' });
    const c = council({ code: 'E07000003', name: 'Beta South', shortName: 'Beta' });
    const neighbour = council({ code: 'E07000004', name: 'Near', shortName: 'Near', counties: [{ county: 'E10000001' }] });
    const index = new CouncilNameIndex([a, b, c, neighbour]);
    expect(orderByNeighbours([b, c, a], ['E07000004'], index).map((x) => x.code)).toEqual(['E07000001', 'E07000003', 'E07000002']);
  });
});
