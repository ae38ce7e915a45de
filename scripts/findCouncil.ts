import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCouncils } from './lib/buildData';
import { optionsFromEnv } from './lib/sources';

const HELP = `npm run data:council -- NAME [YEAR]

Looks a council up by name or code the way the import does, and prints its
GSS code, type, years and successors; for an unclear name, the candidates.`;

const [name, year] = process.argv.slice(2);
if (!name || name === '--help') {
  console.log(HELP);
  process.exit(name ? 0 : 1);
}
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { index } = await loadCouncils(optionsFromEnv(root));
const result = index.resolve(name, year ? Number(year) : null);
const show = (c: { code: string; name: string; type: string; firstYear?: number; lastYear?: number; successors?: string[] }) =>
  `${c.code}  ${c.name}  (${c.type}, ${c.firstYear ?? '…'}–${c.lastYear ?? '…'}${c.successors?.length ? `, succeeded by ${c.successors.join(', ')}` : ''})`;
if (result.kind === 'resolved') console.log(show(result.council));
else if (result.kind === 'ambiguous') console.log(`ambiguous:\n${result.candidates.map((c) => `  ${show(c)}`).join('\n')}`);
else console.log(`unknown; closest:\n${result.closest.map((m) => `  ${show(m.council)}  [${m.score.toFixed(2)}]`).join('\n')}`);
process.exit(result.kind === 'resolved' ? 0 : 1);
