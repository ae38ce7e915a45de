// The forms of council names as people write them: the council-type words
// and abbreviations ("County Council", "CC", "LBC", "Cyngor Sir"), the short
// forms of counties and compass points ("Herts", "NE Lincs"), and the
// normalising that makes "St. Albans" and "Saint Albans" one name. A name is
// reduced to its core ("hampshire", "harrow") plus what its type words hint
// at; the resolver (councilNames.ts) finds councils by the core and chooses
// among them by the hint and the year.

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
export function stripTypeWords(name: string): { core: string; hint: TypeHint } {
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
export const ABBREVIATED_TYPES: [RegExp, RegExp][] = [
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
