import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadImportContext } from '../../../scripts/lib/cliContext';
import { parseCsv, parseCsvText } from '../../../scripts/spreadsheet/csvTable';
import { checkRoundTrip, councilText, exportCsv, exportRecords, firstDifference, passageLine, type CouncilStyle } from '../../../scripts/export/exportPartnerships';
import { importTable, type ImportContext } from '../../../scripts/import/importTable';
import { loadRecords } from '../../../scripts/build/loadPartnerships';
import { COLUMNS } from '../../../scripts/spreadsheet/partnershipColumns';
import { CouncilNameIndex } from '../../../src/shared/councilNames';
import type { ServiceTerms } from '../../../src/shared/matchServices';
import type { PartnershipRecord } from '../../../src/shared/types';
import { validatePartnerships } from '../../../src/shared/validatePartnerships';
import { SAMPLE_COUNCILS } from '../../helpers/councils';

const root = join(__dirname, '..', '..', '..');
const services = (JSON.parse(readFileSync(join(root, 'data', 'services.json'), 'utf8')) as { services: ServiceTerms[] }).services;
const fixtures = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'roundtrip-partnerships.json'), 'utf8')) as PartnershipRecord[];
const sample: ImportContext = { councils: new CouncilNameIndex(SAMPLE_COUNCILS), services, currentYear: 2026 };

/** Export, then import what was exported. */
function roundTrip(records: PartnershipRecord[], context: ImportContext, style: CouncilStyle) {
  const { csv } = exportCsv(records, context.councils, { style });
  const result = importTable(parseCsv(new TextEncoder().encode(csv)), context);
  return { csv, result };
}

describe('export then import, over the hand-made fixtures', () => {
  it('the fixtures are valid records', () => {
    expect(validatePartnerships(fixtures, { councils: sample.councils, serviceIds: new Set(services.map((s) => s.id)), currentYear: 2026 })).toEqual([]);
  });

  it.each<CouncilStyle>(['names', 'codes'])('gives back exactly the same records, councils as %s', (style) => {
    const { result } = roundTrip(fixtures, sample, style);
    expect(result.rows.flatMap((r) => r.issues.filter((i) => i.level === 'error'))).toEqual([]);
    expect(result.records).toStrictEqual(fixtures);
    expect(JSON.stringify(result.records)).toBe(JSON.stringify(fixtures)); // the same key order too
  });

  it('writes names an officer can read, a code only where no name leads back to it', () => {
    const { rows, notes } = exportRecords(fixtures, sample.councils, 'names');
    const councils = COLUMNS.findIndex((c) => c.key === 'councils');
    expect(rows[0]![councils]).toBe('Buckinghamshire County Council; London Borough of Harrow; S12000015; Folkestone and Hythe District Council');
    expect(rows[2]![councils]).toBe('Buckinghamshire County Council; London Borough of Harrow; Buckinghamshire Council');
    expect(notes).toEqual(['every-field: S12000015 written as a code: a former code of S12000047 Fife Council']);
    const changes = COLUMNS.findIndex((c) => c.key === 'membershipChanges');
    expect(rows[0]![changes]).toBe(
      'S12000015 joined 2014 (source 2): Fife joined: see "the note"; it has a colon: here\nFolkestone and Hythe District Council left 2018 (source 1)\nLondon Borough of Harrow joined 2013 left 2017 (source 3): both',
    );
    const dates = COLUMNS.findIndex((c) => c.key === 'sourceDates');
    expect(rows[0]![dates]).toBe('2012-04-01\n-\n2019');
    expect(rows[1]![dates]).toBe('');
  });

  it('would notice a record that does not come back the same', () => {
    const { csv } = exportCsv(fixtures, sample.councils);
    const changed = fixtures.map((r) => (r.id === 'the-least' ? { ...r, description: 'Something else.' } : r));
    expect(checkRoundTrip(changed, csv, sample)).toEqual({ same: 2, different: [{ id: 'the-least', difference: 'description: "Something else." ≠ "Two councils."' }], failed: [] });
  });

  it('a name that leads back to another council in that year is written as a code', () => {
    // In 2021 "Buckinghamshire County Council" reads as its successor.
    expect(councilText('E10000002', 2021, sample.councils, 'names')).toEqual({ text: 'E10000002', asCode: true, why: 'its names match other councils too in 2021' });
    expect(councilText('E10000002', 2015, sample.councils, 'names')).toEqual({ text: 'Buckinghamshire County Council', asCode: false });
    expect(councilText('E10000002', 2015, sample.councils, 'codes')).toEqual({ text: 'E10000002', asCode: false });
  });
});

describe('passageLine', () => {
  it('writes a passage as the import reads it: the source from 1, the claims, the words', () => {
    expect(passageLine(0, { text: 'The councils: all four.', supports: ['councils', 'start'] })).toBe('1 [councils, start]: The councils: all four.');
  });
});

describe('firstDifference', () => {
  it('names the first place two records differ', () => {
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe('a[1].b: 2 ≠ 3');
    expect(firstDifference({ a: 1 }, { a: 1, b: undefined })).toBe('b: absent ≠ present');
    expect(firstDifference({ a: [1] }, { a: [1, 2] })).toBe('a: 1 items ≠ 2 items');
    expect(firstDifference({ a: null }, { a: null })).toBeUndefined();
  });
});

describe('export then import, over the real dataset (data/partnerships)', () => {
  let real: ImportContext;
  let records: PartnershipRecord[];
  beforeAll(async () => {
    real = await loadImportContext(root);
    const loaded = await loadRecords(join(root, 'data', 'partnerships'), root);
    // Other people edit the data as this runs: a record that fails its checks would not import, so it is left to data:check.
    const serviceIds = new Set(real.services.map((s) => s.id));
    records = (loaded.records as PartnershipRecord[]).filter((r) => validatePartnerships([r], { councils: real.councils, serviceIds, currentYear: real.currentYear }).length === 0);
  });

  it('has records to check', () => {
    expect(records.length).toBeGreaterThanOrEqual(10);
  });

  it.each<CouncilStyle>(['names', 'codes'])('gives back every record exactly, councils as %s', (style) => {
    const { csv } = exportCsv(records, real.councils, { style });
    const check = checkRoundTrip(records, csv, real);
    expect(check.failed).toEqual([]);
    expect(check.different).toEqual([]);
    expect(check.same).toBe(records.length);
  });

  it('the template is a row of the export: the same columns, a real partnership, importing cleanly', () => {
    const template = parseCsv(readFileSync(join(root, 'data', 'partnerships-template.csv')));
    expect(template.header).toEqual(COLUMNS.map((c) => c.header));
    expect(template.rows).toHaveLength(1);
    const result = importTable(template, real);
    expect(result.rows[0]!.issues.filter((i) => i.level === 'error')).toEqual([]);
    const id = result.records[0]!.id;
    const original = records.find((r) => r.id === id);
    expect(original, `data/partnerships/${id}.json`).toBeDefined();
  });
});

describe('export of a sheet of codes', () => {
  it('writes the GSS codes as they are in the record', () => {
    const { csv } = exportCsv(fixtures.slice(0, 1), sample.councils, { style: 'codes', bom: false });
    const table = parseCsvText(csv);
    expect(table.rows[0]!.cells[COLUMNS.findIndex((c) => c.key === 'councils')]).toBe('E10000002; E09000015; S12000015; E07000112');
    expect(csv.startsWith('name,id,councils,')).toBe(true);
  });
});
