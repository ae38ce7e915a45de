import type { SavingsKind, SavingsQualifier, SavingsRecord, SavingsScope } from './types';

// Reading a savings figure the way councils word it ("£2m to £5m over three
// years", "£670,000 per year", "has saved £17 million in ten years") into the
// structured form of data/README.md. Pure (no Node APIs): the import uses it,
// and so could the app. It reads only what the wording makes clear; anything
// else comes back as kind "unclear" (or no savings at all when there is no
// figure), with a doubt saying why, for the import report.

/** The structure of a savings record, without the quote and source the caller adds. */
export type SavingsReading = Omit<SavingsRecord, 'quote' | 'source'>;

export interface ParsedSavings {
  /** null when the wording gives no figure at all. */
  savings: SavingsReading | null;
  /** Why the reading is unclear or empty; absent when the wording was clear. */
  doubt?: string;
}

/** A figure found in the text: one amount or a range, in pounds. */
export interface Figure {
  low: number;
  high: number;
  start: number;
  end: number;
  /** The figure as written, for messages. */
  text: string;
}

const SCALES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mil: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  'twenty-five': 25,
  thirty: 30,
  forty: 40,
  fifty: 50,
};

const WORD_ALTERNATION = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Things counted in figures that are not money: "18,000 homes", "1.2 million residents". */
const NOT_MONEY = /^\s*(people|residents|homes|households|properties|tonnes|tons|customers|users|calls|visits|transactions|miles|km|hours|staff|employees|jobs|posts|pupils|children|adults|items|letters|cases|square|sq)\b/;

// £ (or GBP), a number, a scale word and "pounds", any of them optional; the
// caller keeps only those that are clearly money.
const AMOUNT = /(£\s?|\bgbp\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<=£\s?)\d{1,3}(?: \d{3})+(?!\d)|\d+(?:\.\d+)?)(\s*(?:billion|million|thousand|bn|mn|mil|b|m|k)(?![a-z]))?(\s*(?:pounds|gbp)\b)?/gi;
const WORD_AMOUNT = new RegExp(
  `\\b(half an?|a half|(?:a )?quarter of an?|three quarters of an?|${WORD_ALTERNATION})\\s+(billion|million|thousand)\\b(\\s+pounds\\b)?`,
  'gi',
);
/** "hundreds of thousands", "tens of millions", "millions", "multi-million", "six-figure". */
const VAGUE_AMOUNT = /\b(?:(tens|hundreds)\s+of\s+(thousands|millions|billions)|(multi-?million|thousands|millions|billions)|(five|six|seven|eight|nine)[\s-]figures?)\b(\s+of\s+(\w+))?/gi;

interface Amount {
  value: number;
  /** Upper end for a vague amount ("hundreds of thousands"). */
  upper?: number;
  hasPound: boolean;
  scale?: number;
  /** The number before its scale, to decide whether "£2-5m" shares the "m". */
  bare: number;
  start: number;
  end: number;
}

function wordValue(words: string): number {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (w.startsWith('half') || w === 'a half') return 0.5;
  if (w.startsWith('three quarters')) return 0.75;
  if (w.includes('quarter')) return 0.25;
  return NUMBER_WORDS[w] ?? NaN;
}

const FIGURE_DIGITS: Record<string, number> = { five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const PLURAL_UNITS: Record<string, number> = { thousands: 1e3, millions: 1e6, billions: 1e9, multimillion: 1e6, 'multi-million': 1e6 };

/** Every amount of money in the text, in order, before ranges are joined. */
function findAmounts(text: string): Amount[] {
  const found: Amount[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const [whole, pound, digits, scaleText, pounds] = match;
    const start = match.index;
    const end = start + whole.length;
    const before = text.slice(Math.max(0, start - 1), start);
    // Part of a word or code ("E07000112", "2015/16", "Q3").
    if (/[a-z0-9]/i.test(before) && !pound) continue;
    const scaleWord = scaleText?.trim().toLowerCase();
    const scale = scaleWord ? SCALES[scaleWord] : undefined;
    if (!pound && !pounds && scale === undefined) continue;
    if (!pound && NOT_MONEY.test(text.slice(end))) continue;
    const bare = Number(digits!.replace(/[, ]/g, ''));
    // Checked after the scale: a 301-digit figure is a finite number, but
    // times a million it is Infinity, which was read as a saving of £Infinity.
    if (!Number.isFinite(bare * (scale ?? 1))) continue;
    found.push({ value: bare * (scale ?? 1), hasPound: Boolean(pound || pounds), bare, start, end, ...(scale !== undefined ? { scale } : {}) });
  }
  for (const match of text.matchAll(WORD_AMOUNT)) {
    const [whole, words, scaleWord] = match;
    const start = match.index;
    if (NOT_MONEY.test(text.slice(start + whole.length))) continue;
    const bare = wordValue(words!);
    const scale = SCALES[scaleWord!.toLowerCase()]!;
    if (!Number.isFinite(bare)) continue;
    const pound = text.slice(Math.max(0, start - 1), start) === '£';
    found.push({ value: bare * scale, hasPound: true, bare, scale, start: pound ? start - 1 : start, end: start + whole.length });
  }
  for (const match of text.matchAll(VAGUE_AMOUNT)) {
    const [whole, multiple, unit, plural, figures, ofPhrase, ofWord] = match;
    // "thousands of homes" counts homes; "millions of pounds" is money.
    if (ofPhrase && !/^(pounds|savings?)$/i.test(ofWord ?? '')) continue;
    let low: number;
    let high: number;
    if (figures) {
      const digits = FIGURE_DIGITS[figures.toLowerCase()]!;
      low = 10 ** (digits - 1);
      high = 10 ** digits - 1;
    } else {
      const base = PLURAL_UNITS[(unit ?? plural)!.toLowerCase()]! * (multiple ? (multiple.toLowerCase() === 'tens' ? 10 : 100) : 1);
      low = 2 * base;
      high = 10 * base - 1;
    }
    found.push({ value: low, upper: high, hasPound: true, bare: low, start: match.index, end: match.index + whole.length });
  }
  // Overlaps ("£2 million" found by both number patterns): keep the longest.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Amount[] = [];
  for (const amount of found) {
    const last = kept[kept.length - 1];
    if (last && amount.start < last.end) continue;
    kept.push(amount);
  }
  return kept;
}

/** The figures of a text: amounts, with ranges ("£2m to £5m", "£2-5m", "between £2m and £5m") joined. */
export function findFigures(text: string): Figure[] {
  const amounts = findAmounts(text);
  const figures: Figure[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const first = amounts[i]!;
    const second = amounts[i + 1];
    let figure: Figure = { low: first.value, high: first.upper ?? first.value, start: first.start, end: first.end, text: '' };
    if (second && first.upper === undefined && second.upper === undefined) {
      const gap = text.slice(first.end, second.start);
      const between = /\bbetween\s+$/i.test(text.slice(Math.max(0, first.start - 12), first.start));
      const joined = /^\s*(-|–|—|to)\s*$/i.test(gap) || (between && /^\s*and\s*$/i.test(gap));
      if (joined) {
        let low = first.value;
        // "£2-5m", "£2 to 5 million": the first number shares the second's scale.
        if (first.scale === undefined && second.scale !== undefined && first.bare <= second.bare) low = first.bare * second.scale;
        figure = { low: Math.min(low, second.value), high: Math.max(low, second.value), start: first.start, end: second.end, text: '' };
        i++;
      }
    }
    figure.low = Math.round(figure.low);
    figure.high = Math.round(figure.high);
    figure.text = text.slice(figure.start, figure.end).trim();
    figures.push(figure);
  }
  return figures;
}

// --- What the words around a figure say --------------------------------------

const YEARS_WORD = `(\\d{1,2}|${WORD_ALTERNATION})`;
/** "over three years", "in ten years", "over the next 4 years", "over a five-year period", "a five-year saving". */
const PERIOD_PATTERNS: RegExp[] = [
  new RegExp(`\\b(?:over|in|within|across|during|for|covering)\\s+(?:the\\s+|its\\s+)?(?:next|first|last|past|following|coming|initial)?\\s*${YEARS_WORD}\\s*(?:financial\\s+|calendar\\s+|full\\s+)?years?\\b`, 'i'),
  new RegExp(`\\b${YEARS_WORD}[\\s-]years?\\s+(?:period|programme|plan|contract|deal|term|life|saving|savings|total)\\b`, 'i'),
  new RegExp(`\\b(?:over|in|within|across)\\s+(?:a|the)\\s+decade\\b`, 'i'),
];

const ANNUAL = /\b(?:(?:a|per|each|every)[\s-]+(?:year|annum)|annual(?:ly)?|yearly|p\.\s?a\.?|pa|year[\s-]on[\s-]year|in (?:its|the) first year|recurring annual|(?:in|during|over)\s+the\s+(?:last|past|previous|first|current)\s+(?:financial\s+)?year)\b|\bper\s+annum\b|-a-year\b/i;
/** One financial year: "in 2017/18" (but not "from 2012/13 to 2014/15"). */
const ONE_FINANCIAL_YEAR = /(?<!\b(?:from|between)\s+)\b(?:in|during|for)\s+(?:19|20)\d\d[/-]\d\d\b(?!\s*(?:to|-|–|and)\s*(?:19|20)\d\d)/i;
/** A span of financial years, both counted: "from 2012/13 to 2014/15" is three years. */
const FINANCIAL_SPAN = /\b(?:from|between)\s+((?:19|20)\d\d)[/-]\d\d\s*(?:to|-|–|—|and)\s*((?:19|20)\d\d)[/-]\d\d\b/i;
const OTHER_PERIOD = /\b(?:(?:a|per|each|every)\s+(?:month|week|quarter|day)|monthly|weekly|quarterly)\b/i;
/** Words of an aim or projection: "expected to save", "will save", "set to save", "achievable". */
const TARGET = /\b(?:expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|will|would|could|should|can\s+save|might|aim(?:s|ed|ing)?|target(?:s|ed|ing)?|projected|projections?|projects?\s+to|forecast(?:s|ed)?|plan(?:s|ned)?\s+to|planned|propos(?:e|es|ed|al)|set\s+to|on\s+(?:course|track)|achievable|potential(?:ly)?|intend(?:s|ed)?|hop(?:e|es|ed|ing)|predict(?:s|ed)?|envisag(?:e|es|ed)|likely|indicative|estimated|(?:is|are)\s+to\s+save|(?:in\s+a\s+)?bid\s+to|eventually|enable|(?:over|in|within)\s+the\s+(?:next|coming|following))\b|'ll\b/i;
/** A deadline: "by 2015/16", "by the end of 2020", "within four years". */
const DEADLINE = new RegExp(`\\bby\\s+(?:the\\s+end\\s+of\\s+)?(?:(?:19|20)\\d\\d|april|march)\\b|\\bwithin\\s+(?:the\\s+next\\s+)?${YEARS_WORD}\\s+years?\\b`, 'i');
/** Savings made: "has saved", "saved", "to date", "so far". */
const PAST = /\b(?:(?:has|have|had|'ve)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:saved|delivered|achieved|generated|created|produced|made|realised|realized|secured|meant)|saved|delivered|achieved|realised|realized|to\s+date|so\s+far|since\s+(?:its|the)\s+(?:start|inception|launch|creation|beginning)|(?:over|in|during)\s+the\s+(?:last|past|previous)\s+\S+\s+years|were|was)\b/i;
const EACH_PARTNER = /\beach\b(?![\s-]+(?:year|annum|month|week))|\bper\s+(?:council|authority|partner|borough|district|organisation|organization)\b|\bapiece\b/i;

const QUALIFIERS_BEFORE: [RegExp, SavingsQualifier][] = [
  [/\b(?:just\s+(?:over|under)|about|around|approximately|approx\.?|circa|c\.|roughly|some|nearly|almost|approaching|close\s+to|in\s+the\s+(?:order|region)\s+of|of\s+the\s+order\s+of)\s*$/i, 'about'],
  [/\b(?:up\s+to|as\s+much\s+as|a\s+maximum\s+of|maximum\s+of|no\s+more\s+than|less\s+than|under|below|not\s+exceeding)\s*$/i, 'up-to'],
  [/\b(?:more\s+than|over|at\s+least|in\s+excess\s+of|upwards\s+of|exceeding|excess\s+of|(?:a\s+)?minimum\s+of|above|no\s+less\s+than|not\s+less\s+than|well\s+over)\s*$/i, 'at-least'],
  [/~\s*$/, 'about'],
];
const QUALIFIERS_AFTER: [RegExp, SavingsQualifier][] = [
  [/^\s*(?:or\s+more|plus\b|\+)/i, 'at-least'],
  [/^\s*or\s+so\b/i, 'about'],
];

function yearsIn(text: string): number | undefined {
  for (const pattern of PERIOD_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (!match[1]) return 10; // "a decade"
    const word = match[1].toLowerCase();
    const years = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
    if (years && years > 0) return years;
  }
  return undefined;
}

function qualifierOf(text: string, figure: Figure): SavingsQualifier | undefined {
  // "around a £1 million a year": an article may stand between.
  const before = text.slice(Math.max(0, figure.start - 40), figure.start).replace(/(?:\ban?\s+)?£?\s*$/i, '');
  for (const [pattern, qualifier] of QUALIFIERS_BEFORE) if (pattern.test(before)) return qualifier;
  const after = text.slice(figure.end, figure.end + 20);
  for (const [pattern, qualifier] of QUALIFIERS_AFTER) if (pattern.test(after)) return qualifier;
  return undefined;
}

function describe(figure: Figure): string {
  return `"${figure.text}"`;
}

/**
 * Read the structure of a savings quote. Never throws; what it cannot read
 * with confidence is "unclear", with the reason in `doubt`.
 */
export function parseSavings(quote: string): ParsedSavings {
  const text = quote.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
  const figures = findFigures(text);
  if (figures.length === 0) {
    return { savings: null, doubt: text ? 'no figure in the wording' : 'no wording' };
  }
  const figure = figures[0]!;
  const reading: SavingsReading = { kind: 'unclear', low: figure.low, high: figure.high };
  const target = TARGET.test(text);
  const past = PAST.test(text) && !target;
  const qualifier = qualifierOf(text, figure);
  // With several figures, "each" may belong to another one.
  const eachPartner = figures.length === 1 && EACH_PARTNER.test(text);
  const finish = (kind: SavingsKind, doubt?: string, years?: number): ParsedSavings => {
    reading.kind = kind;
    if (years !== undefined) reading.years = years;
    if (target || (!past && DEADLINE.test(text))) reading.target = true;
    if (eachPartner) reading.scope = 'each-partner' as SavingsScope;
    if (qualifier) reading.qualifier = qualifier;
    return doubt ? { savings: reading, doubt } : { savings: reading };
  };

  if (figures.length > 1) {
    return finish(
      'unclear',
      `several figures (${figures.map(describe).join(', ')}): which is the saving, and over what period, is not clear; the first is kept`,
    );
  }
  if (ANNUAL.test(text)) return finish('annual');
  if (OTHER_PERIOD.test(text)) return finish('unclear', 'a figure per month, week or day: give it per year by hand');
  if (ONE_FINANCIAL_YEAR.test(text)) return finish('annual');
  const span = FINANCIAL_SPAN.exec(text);
  const spanYears = span ? Number(span[2]) - Number(span[1]) + 1 : undefined;
  const years = yearsIn(text) ?? (spanYears !== undefined && spanYears > 0 ? spanYears : undefined);
  if (years !== undefined) return finish(past ? 'cumulative' : 'period', undefined, years);
  if (past) return finish('unclear', 'savings made, but over how many years is not said');
  return finish('unclear', 'no period: per year, or a total over how many years?');
}

/**
 * One amount of money as written in a cell ("2300000", "£2.3m", "2,300,000",
 * "500k"), or undefined when the cell is not one amount.
 */
export function parseAmount(text: string): number | undefined {
  const trimmed = text.trim();
  // More than 308 digits make Infinity, which is not an amount of pounds.
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number.isFinite(Number(trimmed)) ? Number(trimmed) : undefined;
  const cell = `£${trimmed.replace(/^£\s*/, '')}`;
  const amounts = findAmounts(cell);
  if (amounts.length !== 1) return undefined;
  const amount = amounts[0]!;
  if (amount.upper !== undefined || amount.start !== 0 || amount.end !== cell.length) return undefined;
  return Math.round(amount.value);
}
