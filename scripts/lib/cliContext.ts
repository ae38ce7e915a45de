import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServiceTerms } from '../../src/shared/matchServices';
import { loadCouncils } from './buildData';
import type { ImportContext } from '../import/importTable';
import { optionsFromEnv } from './sources';

/** What the import and export need from the project: the council register, the taxonomy, the ids in use. */
export async function loadImportContext(root: string): Promise<ImportContext> {
  const { index } = await loadCouncils(optionsFromEnv(root));
  const taxonomy = JSON.parse(await readFile(join(root, 'data', 'services.json'), 'utf8')) as { services: ServiceTerms[] };
  const folder = join(root, 'data', 'partnerships');
  const existingIds = new Set(existsSync(folder) ? (await readdir(folder)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)) : []);
  return { councils: index, services: taxonomy.services, currentYear: new Date().getFullYear(), existingIds };
}

/** Options of the form --name VALUE and --flag, and the other arguments in order. */
export function parseArgs(args: readonly string[], valued: readonly string[], flags: readonly string[]): { options: Record<string, string | true>; rest: string[]; unknown: string[] } {
  const options: Record<string, string | true> = {};
  const rest: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = /^(--[\w-]+)=(.*)$/.exec(arg);
    const name = eq ? eq[1]! : arg;
    if (valued.includes(name)) {
      const value = eq ? eq[2] : args[++i];
      if (value === undefined) unknown.push(`${name} needs a value`);
      else options[name] = value;
    } else if (flags.includes(name)) options[name] = true;
    else if (arg.startsWith('-') && arg !== '-') unknown.push(`unknown option ${arg}`);
    else rest.push(arg);
  }
  return { options, rest, unknown };
}
