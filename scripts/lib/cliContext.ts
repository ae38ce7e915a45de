import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServiceTerms } from '../../src/shared/matchServices';
import { loadCouncils } from '../build/bundleData';
import type { ImportContext } from '../import/importTable';
import { optionsFromEnv } from '../build/sources';

/** What the import and export need from the project: the council register, the taxonomy, the ids in use. */
export async function loadImportContext(root: string): Promise<ImportContext> {
  const { index } = await loadCouncils(optionsFromEnv(root));
  const taxonomy = JSON.parse(await readFile(join(root, 'data', 'services.json'), 'utf8')) as { services: ServiceTerms[] };
  const folder = join(root, 'data', 'partnerships');
  const existingIds = new Set(existsSync(folder) ? (await readdir(folder)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)) : []);
  return { councils: index, services: taxonomy.services, currentYear: new Date().getFullYear(), existingIds };
}
