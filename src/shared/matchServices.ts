import type { ServiceArea } from './types';

// Reading the services a spreadsheet cell names ("revs and bens; IT",
// "HR, payroll and health and safety", "legal-services", "ict") into the
// taxonomy's ids, through each service's id, label and aliases
// (data/services.json). Pure: no Node APIs.

export type ServiceTerms = Pick<ServiceArea, 'id' | 'label' | 'aliases'>;

export interface ServiceMatch {
  /** Taxonomy ids, in the order the cell names them, each once. */
  ids: string[];
  /** Words that named no service, as written (lower-cased), for the report. */
  unmatched: string[];
}

/** Words that join or pad service names without naming one. */
const FILLER = new Set(['and', 'the', 'of', 'for', 'a', 'an', 'shared', 'share', 'joint', 'service', 'team', 'function', 'department', 'dept', 'unit', 'including', 'incl', 'plus', 'with', 'also', 'other', 'partnership', 'provision', 'support', 'work', 'working']);

const BOUNDARY = '|';

/** Lower case, "&" as "and", dots and apostrophes dropped, separators kept as a boundary word. */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`.]/g, '')
    .replace(/[;,/+\n|]/g, ` ${BOUNDARY} `)
    .replace(/[^a-z0-9|]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(singular);
}

/** "services" and "service", "bens" and "ben" match alike; short words ("its", "ict") stay. */
function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

export class ServiceMatcher {
  /** Phrase (words joined by spaces) → id. */
  private readonly phrases = new Map<string, string>();
  private readonly longest: number;

  constructor(services: readonly ServiceTerms[]) {
    let longest = 1;
    for (const service of services) {
      for (const term of [service.id, service.id.replace(/-/g, ' '), service.label, ...service.aliases]) {
        const phrase = words(term).filter((w) => w !== BOUNDARY || term === service.label);
        if (phrase.length === 0) continue;
        const key = phrase.join(' ');
        if (!this.phrases.has(key)) this.phrases.set(key, service.id);
        longest = Math.max(longest, phrase.length);
      }
    }
    this.longest = longest;
  }

  /** The id a whole phrase names, or undefined. */
  lookup(term: string): string | undefined {
    return this.phrases.get(words(term).join(' '));
  }

  match(text: string): ServiceMatch {
    const tokens = words(text);
    const ids: string[] = [];
    const unmatched: string[] = [];
    let pending: string[] = [];
    const flush = () => {
      if (pending.length) unmatched.push(pending.join(' '));
      pending = [];
    };
    let i = 0;
    while (i < tokens.length) {
      let matched = 0;
      for (let n = Math.min(this.longest, tokens.length - i); n >= 1; n--) {
        const id = this.phrases.get(tokens.slice(i, i + n).join(' '));
        if (id) {
          if (!ids.includes(id)) ids.push(id);
          matched = n;
          break;
        }
      }
      if (matched) {
        flush();
        i += matched;
        continue;
      }
      const token = tokens[i]!;
      if (token === BOUNDARY || FILLER.has(token)) flush();
      else pending.push(token);
      i++;
    }
    flush();
    return { ids, unmatched };
  }
}

/** Match once, without keeping a matcher. */
export function matchServices(text: string, services: readonly ServiceTerms[]): ServiceMatch {
  return new ServiceMatcher(services).match(text);
}
