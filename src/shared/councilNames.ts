import type { Council, CouncilType, Year } from './types';
import { councilExistsIn } from './councilYears';

// Matching council names the way people write them ("Hampshire CC",
// "LB Harrow", "Borough of Poole", "St Albans City & District") to the
// register. A name is reduced to its core ("hampshire", "harrow") plus what
// its council-type words hint at; the core finds candidates, the hint and the
// year choose among them. Hand-written because no library knows the
// conventions of UK council names.

/** What a name's council-type words say about the council. */
export type TypeHint = 'county' | 'district' | 'city' | 'borough' | 'london-borough' | 'unitary' | 'none';

// Longest first, so "county borough council" wins over "borough council".
// Each entry: words as they appear after normalising, and the hint they give.
const TYPE_PHRASES: [string, TypeHint][] = (
  [
    ['metropolitan borough council', 'borough'],
    ['metropolitan district council', 'district'],
    ['city and county council', 'city'],
    ['cyngor bwrdeistref sirol', 'borough'],
    ['cyngor dinas a sir', 'city'],
    ['metropolitan borough', 'borough'],
    ['metropolitan district', 'district'],
    ['county borough', 'borough'],
    ['royal borough', 'borough'],
    ['london boro', 'london-borough'],
    ['cyngor sir', 'county'],
    ['cyngor dinas', 'city'],
    ['cyngor', 'none'],
    ['sir', 'county'], // Welsh for county, as in Sir Ynys Môn
    ['city and district council', 'city'],
    ['county borough council', 'borough'],
    ['royal borough council', 'borough'],
    ['london borough council', 'london-borough'],
    ['london borough of', 'london-borough'],
    ['royal borough of', 'london-borough'],
    ['city and county of', 'city'],
    ['district council', 'district'],
    ['borough council', 'borough'],
    ['county council', 'county'],
    ['city council', 'city'],
    ['unitary authority', 'unitary'],
    ['borough of', 'borough'],
    ['city of', 'city'],
    ['county of', 'county'],
    ['corporation', 'none'],
    ['council', 'none'],
    ['mbc', 'borough'],
    ['mdc', 'district'],
    ['lbc', 'london-borough'],
    ['rbc', 'borough'],
    ['cbc', 'borough'],
    ['lb', 'london-borough'],
    ['rb', 'london-borough'],
    ['dc', 'district'],
    ['bc', 'borough'],
    ['cc', 'none'], // county council or city council: the core decides (see ABBREVIATED_TYPES)
    ['ua', 'unitary'],
    ['the', 'none'],
  ] as [string, TypeHint][]
).sort((a, b) => b[0].length - a[0].length);

/** Lower case, no accents, "&" as "and", no apostrophes: what names and ids are made from. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '');
}

/** Lower case, no accents, "&" as "and", "St" as "saint", punctuation as spaces. */
export function normaliseName(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bst\b/g, 'saint')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Short forms people write inside names, as whole words: county
 * abbreviations ("Herts", "South Cambs") and compass points ("NE Lincs").
 * Applied to the register's names and to the names looked up alike, so
 * "South Bucks District Council" still matches "South Bucks".
 */
const WORD_EXPANSIONS: Record<string, string> = {
  beds: 'bedfordshire',
  berks: 'berkshire',
  bucks: 'buckinghamshire',
  cambs: 'cambridgeshire',
  derbys: 'derbyshire',
  glos: 'gloucestershire',
  gloucs: 'gloucestershire',
  hants: 'hampshire',
  herts: 'hertfordshire',
  lancs: 'lancashire',
  leics: 'leicestershire',
  lincs: 'lincolnshire',
  northants: 'northamptonshire',
  notts: 'nottinghamshire',
  oxon: 'oxfordshire',
  staffs: 'staffordshire',
  wilts: 'wiltshire',
  worcs: 'worcestershire',
  yorks: 'yorkshire',
  gt: 'great',
  ne: 'north east',
  nw: 'north west',
  se: 'south east',
  sw: 'south west',
  n: 'north',
  s: 'south',
  e: 'east',
  w: 'west',
};

/** The type words and the core, without the fallback nameCore applies. */
function stripTypeWords(name: string): { core: string; hint: TypeHint } {
  const normalised = normaliseName(name);
  let text = ` ${normalised} `;
  let hint: TypeHint = 'none';
  for (const [phrase, phraseHint] of TYPE_PHRASES) {
    const needle = ` ${phrase} `;
    if (text.includes(needle)) {
      if (hint === 'none') hint = phraseHint;
      text = text.split(needle).join(' ');
    }
  }
  // "Borough Council of King's Lynn" leaves "of kings lynn …".
  let core = text.replace(/\s+/g, ' ').trim().replace(/^of /, '');
  // A trailing type word without "council": "Nottingham City", "Hampshire County".
  const trailing = /^(.+) (city|county|borough|district)$/.exec(core);
  if (trailing) {
    core = trailing[1]!;
    if (hint === 'none') hint = trailing[2] as TypeHint;
  }
  core = core
    .split(' ')
    // Own keys only: a word such as "constructor" is not in the table, whatever Object.prototype holds.
    .map((word) => (Object.hasOwn(WORD_EXPANSIONS, word) ? WORD_EXPANSIONS[word]! : word))
    .join(' ');
  // "City of London" keeps its name rather than becoming plain "london",
  // which names no council.
  if (core === 'london' && /\b(city|corporation)\b/.test(normalised)) core = 'city of london';
  return { core, hint };
}

/** The name without its council-type words, and the hint those words gave. */
export function nameCore(name: string): { core: string; hint: TypeHint } {
  const { core, hint } = stripTypeWords(name);
  return { core: core || normaliseName(name), hint };
}

/**
 * Abbreviated type words and what they stand for in an official name:
 * "Dorset CC" is Dorset County Council rather than Dorset Council.
 */
const ABBREVIATED_TYPES: [RegExp, RegExp][] = [
  [/\bcc\b/, /\b(county|city) council\b/],
  [/\bdc\b/, /\bdistrict council\b/],
  [/\bbc\b/, /\bborough council\b/],
  [/\bmbc\b/, /\bmetropolitan borough council\b/],
  [/\bcbc\b/, /\bcounty borough council\b/],
];

/** Words that join a place to the rest of a council's name: "Richmond upon Thames", "Telford and Wrekin". */
const NAME_CONNECTORS = new Set(['and', 'upon', 'on', 'in', 'under', 'with', 'of']);

/**
 * Words that name no place on their own: a name made only of them ("North",
 * "East Riding of") is the start of too many councils' names to stand for one.
 */
const GENERIC_WORDS = new Set(['north', 'south', 'east', 'west', 'mid', 'central', 'great', 'saint', 'isle', 'isles', 'vale', 'forest', 'city', 'county', 'the']);

/**
 * The starts of a council's name that a person might write for it: every
 * run of its first words ("richmond" of "richmond upon thames", "suffolk" of
 * "suffolk coastal", "tunbridge" of "tunbridge wells"), so long as it names a
 * place (not only "north" or "isle of") and does not end on a joining word.
 */
export function namePrefixes(core: string): string[] {
  const words = core.split(' ');
  const prefixes: string[] = [];
  for (let n = 1; n < words.length; n++) {
    const head = words.slice(0, n);
    if (NAME_CONNECTORS.has(head[n - 1]!)) continue;
    if (head.every((w) => GENERIC_WORDS.has(w) || NAME_CONNECTORS.has(w))) continue;
    prefixes.push(head.join(' '));
  }
  return prefixes;
}

/**
 * The towns a county's name is made from: "bedford" of "central
 * bedfordshire", "lincoln" of "north east lincolnshire", "richmond" of
 * "richmondshire". A person who writes the town may mean the county's
 * council, so such a name is never read as the town's council alone.
 */
export function shireTowns(core: string): string[] {
  return core
    .split(' ')
    .filter((word) => word.endsWith('shire') && word.length >= 'shire'.length + 3)
    .map((word) => word.slice(0, -'shire'.length));
}

const HINT_FITS: Record<TypeHint, (type: CouncilType) => boolean> = {
  county: (t) => t === 'county' || t === 'unitary' || t === 'welsh',
  district: (t) => t === 'district' || t === 'metropolitan' || t === 'northern-irish',
  city: (t) => t !== 'county',
  borough: (t) => t !== 'county',
  'london-borough': (t) => t === 'london-borough',
  unitary: (t) => t === 'unitary' || t === 'welsh' || t === 'scottish',
  none: () => true,
};

/** The words of a council's official name a type word must find there: "Bedford Borough" is no name of Central Bedfordshire Council. */
const NAME_WORD_FOR_HINT: Partial<Record<TypeHint, RegExp>> = {
  county: /\b(county|sir)\b/,
  district: /\bdistrict\b/,
  city: /\bcity\b/,
  borough: /\bborough\b/,
};

/**
 * Whether the type words of a name fit a council matched only by the start
 * of its name or by its county's town: more strictly than for an exact
 * match, since nothing else says it is this council. The council's own type
 * must fit, its official name must have the word the name gives ("borough",
 * "district" …), and an abbreviation must stand for its official name.
 */
function fitsStrictly(text: string, hint: TypeHint, council: Council): boolean {
  if (!HINT_FITS[hint](council.type)) return false;
  const official = normaliseName(council.name);
  const word = NAME_WORD_FOR_HINT[hint];
  if (word && !word.test(official) && hintMatchesExactly(hint, council.type) === false) return false;
  const normalised = normaliseName(text);
  for (const [abbreviation, expansion] of ABBREVIATED_TYPES) if (abbreviation.test(normalised) && !expansion.test(official)) return false;
  return true;
}

export interface NameMatch {
  council: Council;
  /** 1 for an exact core match; lower for the closest spellings. */
  score: number;
}

export type Resolution =
  | { kind: 'resolved'; council: Council }
  | { kind: 'ambiguous'; candidates: Council[] }
  | { kind: 'unknown'; closest: NameMatch[] };

/** Letter pairs of a string, for the Dice similarity of two spellings. */
function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const padded = ` ${text} `;
  for (let i = 0; i < padded.length - 1; i++) {
    const pair = padded.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

export function diceSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const pa = bigrams(a);
  const pb = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [pair, n] of pa) {
    shared += Math.min(n, pb.get(pair) ?? 0);
    total += n;
  }
  for (const n of pb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Every name a council is known by. */
export function councilNames(council: Council): string[] {
  const names = [council.name, council.shortName, ...council.altNames];
  if (council.nameCy) names.push(council.nameCy);
  return names;
}

/** An index from name cores to councils, built once per council list. */
export class CouncilNameIndex {
  private readonly byCore = new Map<string, Set<Council>>();
  /** The starts of councils' names (namePrefixes), to the councils. */
  private readonly byPrefix = new Map<string, Set<Council>>();
  /** The towns of county names (shireTowns), to the councils. */
  private readonly byTown = new Map<string, Set<Council>>();
  private readonly byCode = new Map<string, Council>();
  private readonly cores: { core: string; council: Council }[] = [];

  constructor(
    readonly councils: readonly Council[],
    /** Extra spellings (abbreviations such as "RBKC") to codes. */
    aliases: Record<string, string> = {},
  ) {
    for (const council of councils) {
      this.byCode.set(council.code, council);
      for (const code of council.formerCodes ?? []) this.byCode.set(code, council);
      for (const name of councilNames(council)) this.add(name, council);
    }
    for (const [alias, code] of Object.entries(aliases)) {
      const council = this.byCode.get(code);
      if (council) this.add(alias, council);
    }
  }

  private add(name: string, council: Council): void {
    // A name that is only type words ("City of", in the register's
    // alternative names) says nothing about which council it is.
    const { core } = stripTypeWords(name);
    if (!core) return;
    let set = this.byCore.get(core);
    if (!set) {
      set = new Set();
      this.byCore.set(core, set);
      this.cores.push({ core, council });
    } else if (!set.has(council)) {
      this.cores.push({ core, council });
    }
    set.add(council);
    for (const prefix of namePrefixes(core)) addTo(this.byPrefix, prefix, council);
    for (const town of shireTowns(core)) addTo(this.byTown, town, council);
  }

  /** The council with this GSS code (current or former) or register key. */
  byGssCode(code: string): Council | undefined {
    return this.byCode.get(code.trim().toUpperCase());
  }

  /** Councils whose names reduce to the same core as this name. */
  candidates(name: string): Council[] {
    return [...(this.byCore.get(nameCore(name).core) ?? [])];
  }

  /**
   * Councils whose name begins with this one: "Richmond" → Richmond upon
   * Thames, "Kingston" → Kingston upon Thames and Kingston upon Hull,
   * "Suffolk" → Suffolk Coastal (see namePrefixes).
   */
  shortenedCandidates(name: string): Council[] {
    return [...(this.byPrefix.get(nameCore(name).core) ?? [])];
  }

  /** Councils of counties named after this town: "Bedford" → Central Bedfordshire (see shireTowns). */
  countyCandidates(name: string): Council[] {
    return [...(this.byTown.get(nameCore(name).core) ?? [])];
  }

  /**
   * Resolve a name or code to one council, never guessing. Every council the
   * name could be is a candidate: those it names exactly, those whose name
   * begins with it ("Suffolk" for Suffolk Coastal) and those of a county
   * named after it ("Bedford" for Central Bedfordshire); the type words and
   * the year then narrow them. One council left is the answer, unless only
   * its county's town matched it (then the name is no council's, and the
   * county is the closest); several are ambiguous, and none unknown.
   */
  resolve(text: string, year?: Year | null): Resolution {
    const byCode = this.byGssCode(text);
    if (byCode) return { kind: 'resolved', council: byCode };
    const { hint } = nameCore(text);
    let exact = this.candidates(text);
    const fitting = exact.filter((c) => HINT_FITS[hint](c.type));
    // The type words narrow an exact match, but never to nothing: "Hull City Council" names Kingston upon Hull.
    if (fitting.length > 0) exact = fitting;
    const begun = this.shortenedCandidates(text).filter((c) => fitsStrictly(text, hint, c));
    // A town written with type words ("Stafford Borough Council") names a council of that town, not a county named after it.
    const counties = hint === 'none' ? this.countyCandidates(text).filter((c) => fitsStrictly(text, hint, c)) : [];
    let found = [...new Set([...exact, ...begun, ...counties])];
    if (found.length === 0) return { kind: 'unknown', closest: this.closest(text) };
    if (found.length > 1 && year != null) {
      const existing = found.filter((c) => councilExistsIn(c, year));
      if (existing.length > 0) found = existing;
    }
    if (found.length > 1) {
      // "Hampshire County Council" against Hampshire's other names: prefer
      // the council whose own type matches the hint exactly.
      const exactType = found.filter((c) => hintMatchesExactly(hint, c.type));
      if (exactType.length === 1) found = exactType;
    }
    if (found.length > 1) {
      // "Dorset CC": the one whose official name the abbreviation stands for.
      const normalised = normaliseName(text);
      for (const [abbreviation, expansion] of ABBREVIATED_TYPES) {
        if (!abbreviation.test(normalised)) continue;
        const spelled = found.filter((c) => expansion.test(normaliseName(c.name)));
        if (spelled.length === 1) found = spelled;
        break;
      }
    }
    if (found.length > 1) return { kind: 'ambiguous', candidates: found };
    const council = found[0]!;
    if (!exact.includes(council) && !begun.includes(council)) {
      // Only as its county's town: "Bedford" in a year with no Bedford Borough is no council's name.
      return { kind: 'unknown', closest: [{ council, score: diceSimilarity(nameCore(text).core, nameCore(council.name).core) }] };
    }
    return { kind: 'resolved', council };
  }

  /** A name of the council that resolves to it alone in that year (its official name, or its short name), or null when none does. */
  unambiguousName(council: Council, year: Year | null): string | null {
    for (const name of [council.name, council.shortName]) {
      const back = this.resolve(name, year);
      if (back.kind === 'resolved' && back.council.code === council.code) return name;
    }
    return null;
  }

  /** For a mistyped code: councils of the same kind with the nearest numbers. */
  closestCodes(code: string, limit = 3): Council[] {
    const prefix = code.slice(0, 3).toUpperCase();
    const number = Number(code.slice(3));
    return this.councils
      .filter((c) => c.code.startsWith(prefix))
      .sort((a, b) => Math.abs(Number(a.code.slice(3)) - number) - Math.abs(Number(b.code.slice(3)) - number))
      .slice(0, limit);
  }

  /** The councils whose names are spelled most like this one. */
  closest(text: string, limit = 3): NameMatch[] {
    const { core } = nameCore(text);
    const best = new Map<Council, number>();
    for (const entry of this.cores) {
      const score = diceSimilarity(core, entry.core);
      if (score > (best.get(entry.council) ?? 0)) best.set(entry.council, score);
    }
    return [...best.entries()]
      .map(([council, score]) => ({ council, score }))
      .sort((a, b) => b.score - a.score || a.council.name.localeCompare(b.council.name))
      .slice(0, limit);
  }
}

function hintMatchesExactly(hint: TypeHint, type: CouncilType): boolean {
  switch (hint) {
    case 'county':
      return type === 'county';
    case 'district':
      return type === 'district';
    case 'london-borough':
      return type === 'london-borough';
    case 'unitary':
      return type === 'unitary';
    default:
      return false;
  }
}

function addTo(map: Map<string, Set<Council>>, key: string, council: Council): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(council);
}
