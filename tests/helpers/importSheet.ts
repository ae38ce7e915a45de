import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvText } from '../../scripts/spreadsheet/csvTable';
import { importTable, type ImportContext, type ImportResult } from '../../scripts/import/importTable';
import { CouncilNameIndex } from '../../src/shared/councilNames';
import type { ServiceTerms } from '../../src/shared/matchServices';
import { council, SAMPLE_COUNCILS } from './councils';

// A spreadsheet of the import's full header, over sample councils and the
// real service areas, and the errors and notes its import reports.

export const root = join(__dirname, '..', '..');
export const services = (JSON.parse(readFileSync(join(root, 'data', 'services.json'), 'utf8')) as { services: ServiceTerms[] }).services;

export const councils = [
  ...SAMPLE_COUNCILS,
  council({ code: 'E07000108', name: 'Dover District Council', shortName: 'Dover' }),
  council({ code: 'E07000114', name: 'Thanet District Council', shortName: 'Thanet' }),
  council({ code: 'E10000016', name: 'Kent County Council', shortName: 'Kent', type: 'county', tier: 'upper' }),
];
export const context: ImportContext = { councils: new CouncilNameIndex(councils, { RBKC: 'E09000020' }), services, currentYear: 2026, existingIds: new Set(['east-kent-hr']) };

export const HEADER = 'name,id,councils,lead council,services,services as written,start year,end year,status,description,savings,savings kind,savings low,savings high,savings years,savings target,savings scope,savings qualifier,savings source,source URLs,source titles,source publishers,source dates,source checked,source passages,membership changes,notes';

/** A CSV of the full header and rows given as column → value. */
export function csv(...rows: Record<string, string>[]): string {
  const header = HEADER.split(',');
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [HEADER, ...rows.map((row) => header.map((h) => quote(row[h] ?? '')).join(','))].join('\n');
}

export const GOOD = {
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

export function run(...rows: Record<string, string>[]): ImportResult {
  return importTable(parseCsvText(csv(...rows)), context);
}

export function errors(result: ImportResult): string[] {
  return result.rows.flatMap((r) => r.issues.filter((i) => i.level === 'error').map((i) => `row ${i.row}, ${i.column}: ${i.message}`));
}

export function notes(result: ImportResult): string[] {
  return result.rows.flatMap((r) => r.issues.filter((i) => i.level === 'note').map((i) => `row ${i.row}, ${i.column}: ${i.message}`));
}
