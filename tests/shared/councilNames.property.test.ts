import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCouncils } from '../../scripts/build/bundleData';
import { optionsFromEnv } from '../../scripts/build/sources';
import { namePrefixes, nameCore, shireTowns } from '../../src/shared/councilNameForms';
import { councilNames, type CouncilNameIndex } from '../../src/shared/councilNames';
import { councilExistsIn } from '../../src/shared/councilYears';
import type { Council } from '../../src/shared/types';
import { FIRST_BOUNDARY_YEAR, LAST_BOUNDARY_YEAR } from '../../src/shared/types';

// Property tests of the council-name resolver over the whole register: for
// every council and every year it existed in (and no year), every way the
// resolver accepts of writing its name, and every start of that name a
// person might write, resolves to that council or is reported (ambiguous,
// listing it, or unknown), never to another council.
// Reproduce with: npx vitest run --project unit tests/shared/councilNames.property.test.ts

const RUNS = Math.max(2000, Number(process.env.FUZZ_RUNS) || 0);
const root = join(__dirname, '..', '..');

let index: CouncilNameIndex;
let councils: Council[];
let aliases: Record<string, string>;

beforeAll(async () => {
  ({ index, councils, aliases } = await loadCouncils({ ...optionsFromEnv(root), log: () => {} }));
}, 60_000);

/** The type words of an official name, and the short forms people write for them. */
const TYPE_FORMS: [RegExp, string[]][] = [
  [/ metropolitan borough council$/i, [' Metropolitan Borough Council', ' MBC', ' Borough Council', ' Council']],
  [/ county borough council$/i, [' County Borough Council', ' CBC', ' Council']],
  [/ borough council$/i, [' Borough Council', ' BC', ' Borough', ' Council']],
  [/ district council$/i, [' District Council', ' DC', ' District', ' Council']],
  [/ county council$/i, [' County Council', ' CC', ' County', ' Council']],
  [/ city council$/i, [' City Council', ' City', ' Council']],
];

/** Every way of writing a council's name the resolver accepts: its names, with the type words as people shorten them, and their abbreviations. */
function nameForms(council: Council): Set<string> {
  const forms = new Set<string>(councilNames(council));
  for (const [alias, code] of Object.entries(aliases)) if (code === council.code) forms.add(alias);
  const place = council.shortName;
  for (const [pattern, endings] of TYPE_FORMS) if (pattern.test(council.name)) for (const ending of endings) forms.add(`${place}${ending}`);
  if (/^London Borough of /i.test(council.name)) for (const form of [`LB ${place}`, `${place} LBC`, `London Borough of ${place}`]) forms.add(form);
  if (/^Royal Borough of /i.test(council.name)) for (const form of [`RB ${place}`, `Royal Borough of ${place}`]) forms.add(form);
  // The county short forms and compass points people write ("E Herts", "NE Lincs").
  for (const form of [...forms]) {
    const short = form
      .replace(/Hertfordshire/g, 'Herts')
      .replace(/Buckinghamshire/g, 'Bucks')
      .replace(/Lincolnshire/g, 'Lincs')
      .replace(/Cambridgeshire/g, 'Cambs')
      .replace(/Northamptonshire/g, 'Northants')
      .replace(/Leicestershire/g, 'Leics')
      .replace(/^North East /, 'NE ')
      .replace(/^(North|South|East|West) /, (word) => `${word[0]} `);
    forms.add(short);
  }
  return forms;
}

/** The starts of its name a person might write, and the towns of a county's name. */
function shortForms(council: Council): Set<string> {
  const forms = new Set<string>();
  for (const name of councilNames(council)) {
    const { core } = nameCore(name);
    for (const prefix of namePrefixes(core)) forms.add(prefix);
    for (const town of shireTowns(core)) forms.add(town);
  }
  return forms;
}

function yearsOf(council: Council): (number | null)[] {
  const years: (number | null)[] = [null];
  for (let year = FIRST_BOUNDARY_YEAR; year <= LAST_BOUNDARY_YEAR; year++) if (councilExistsIn(council, year)) years.push(year);
  return years;
}

/** What a resolution says of a name of `council`: nothing wrong, or the other council it chose. */
function wrongCouncil(name: string, year: number | null, council: Council): string | null {
  const result = index.resolve(name, year);
  if (result.kind === 'resolved') return result.council.code === council.code ? null : `"${name}" (${year ?? 'no year'}) → ${result.council.code} ${result.council.name}, not ${council.code} ${council.name}`;
  if (result.kind === 'ambiguous' && !result.candidates.includes(council)) return `"${name}" (${year ?? 'no year'}) is ambiguous without ${council.code} ${council.name}`;
  return null;
}

describe('every name of every council in the register', () => {
  it('has councils and names to test', () => {
    expect(councils.length).toBeGreaterThan(400);
    expect(nameForms(councils.find((c) => c.code === 'E06000055')!)).toContain('Bedford BC');
  });

  it('resolves each name form of each council, in each year it existed, to it or reports it, never to another council', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const council of councils) {
      for (const year of yearsOf(council)) {
        for (const name of nameForms(council)) {
          checked++;
          const problem = wrongCouncil(name, year, council);
          if (problem) wrong.push(problem);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(20_000);
  });

  it('reads the start of a name, or a county\u2019s town, as a council only when no other council of the year fits it', () => {
    const wrong: string[] = [];
    for (const council of councils) {
      for (const year of yearsOf(council)) {
        for (const name of shortForms(council)) {
          // "Bedford" fits Bedford Borough Council and Central Bedfordshire Council: it must not be read as either alone.
          const problem = wrongCouncil(name, year, council);
          if (problem) wrong.push(problem);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('written with any case, punctuation, "&" for "and" and extra spaces, gives the same answer', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.constantFrom('upper', 'lower', 'dots', 'ampersand', 'spaces', 'saint'), (pick, pickName, change) => {
        const council = councils[pick % councils.length]!;
        const names = [...nameForms(council)];
        const name = names[pickName % names.length]!;
        const year = yearsOf(council).at(-1)!;
        const written =
          change === 'upper'
            ? name.toUpperCase()
            : change === 'lower'
              ? name.toLowerCase()
              : change === 'dots'
                ? name.replace(/ /g, '. ')
                : change === 'ampersand'
                  ? name.replace(/ and /g, ' & ')
                  : change === 'spaces'
                    ? `  ${name.replace(/ /g, '   ')} `
                    : name.replace(/\bSaint\b/g, 'St').replace(/\bSt\b/g, 'St.');
        const plain = index.resolve(name, year);
        const other = index.resolve(written, year);
        expect(other.kind, `${name} → ${written}`).toBe(plain.kind);
        if (plain.kind === 'resolved' && other.kind === 'resolved') expect(other.council.code).toBe(plain.council.code);
      }),
      { numRuns: RUNS },
    );
  });
});
