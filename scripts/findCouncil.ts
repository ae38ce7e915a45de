import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCouncils } from './build/bundleData';
import { readCommandLine, runCommand, UsageError } from './lib/commandLine';
import { optionsFromEnv } from './build/sources';

const HELP = `npm run data:council -- NAME [YEAR]

Looks a council up by name or code the way the import does, and prints its
GSS code, type, years and successors; for an unclear name, the candidates.`;

async function main(argv: readonly string[]): Promise<number> {
  const command = readCommandLine(argv, { args: { min: 1, max: 2, tooFew: 'no council name given', tooMany: 'give a name and at most a year (put a name of several words in quotes)' } });
  if (!command) {
    console.log(HELP);
    return 0;
  }
  const [name, year] = command.rest as [string, string | undefined];
  if (year !== undefined && !/^\d{4}$/.test(year)) throw new UsageError(`the year is four digits, not "${year}"`);
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const { index } = await loadCouncils(optionsFromEnv(root));
  const result = index.resolve(name, year ? Number(year) : null);
  const show = (c: { code: string; name: string; type: string; firstYear?: number; lastYear?: number; successors?: string[] }) =>
    `${c.code}  ${c.name}  (${c.type}, ${c.firstYear ?? '…'}–${c.lastYear ?? '…'}${c.successors?.length ? `, succeeded by ${c.successors.join(', ')}` : ''})`;
  if (result.kind === 'resolved') console.log(show(result.council));
  else if (result.kind === 'ambiguous') console.log(`ambiguous:\n${result.candidates.map((c) => `  ${show(c)}`).join('\n')}`);
  else console.log(`unknown; closest:\n${result.closest.map((m) => `  ${show(m.council)}  [${m.score.toFixed(2)}]`).join('\n')}`);
  return result.kind === 'resolved' ? 0 : 1;
}

runCommand(HELP, () => main(process.argv.slice(2)));
