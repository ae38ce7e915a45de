import { councilExistsIn } from './councilYears';
import { ABBREVIATED_TYPES, nameCore, namePrefixes, normaliseName, shireTowns, stripTypeWords, type TypeHint } from './councilNameForms';
import type { Council, CouncilType, Year } from './types';

// Matching council names the way people write them ("Hampshire CC",
// "LB Harrow", "Borough of Poole", "St Albans City & District") to the
// register. A name is reduced to its core ("hampshire", "harrow") plus what
// its council-type words hint at (councilNameForms.ts); the core finds
// candidates, the hint and the year choose among them. Hand-written because
// no library knows the conventions of UK council names.

/** The council types a name's type words fit: "County Council" fits a county, a unitary or a Welsh council. */
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
