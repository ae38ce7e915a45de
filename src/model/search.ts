import type { AppData } from '../data/indexes';
import { councilNames, diceSimilarity } from '../shared/councilNames';
import { nameCore, normaliseName } from '../shared/councilNameForms';
import type { Lang } from './viewState';

// One search box for councils and partnerships. Councils match by any of
// their names (official, short, the register's other spellings, Welsh) and
// by the forms people type ("Hampshire CC", "LB Harrow"); partnerships by
// name. Exact and prefix matches first, then words, then near spellings.

export type SearchResult =
  | { kind: 'council'; code: string; label: string; detail: string }
  | { kind: 'partnership'; id: string; label: string; detail: string };

interface Entry {
  result: SearchResult;
  /** Normalised names to match against. */
  terms: string[];
  /** Shown first among equal matches: current councils before abolished ones. */
  weight: number;
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchResult[];
}

export function buildSearchIndex(
  data: Pick<AppData, 'councils' | 'partnerships'>,
  describeCouncil: (code: string) => string,
  describePartnership: (id: string) => string,
  lang: Lang,
): SearchIndex {
  const entries: Entry[] = [];
  for (const council of data.councils) {
    const names = councilNames(council);
    const terms = new Set<string>();
    for (const name of names) {
      terms.add(normaliseName(name));
      terms.add(nameCore(name).core);
    }
    const label = lang === 'cy' && council.nameCy ? `${council.nameCy} (${council.name})` : council.name;
    entries.push({
      result: { kind: 'council', code: council.code, label, detail: describeCouncil(council.code) },
      terms: [...terms],
      weight: council.lastYear == null ? 1 : 0,
    });
  }
  for (const p of data.partnerships) {
    entries.push({
      result: { kind: 'partnership', id: p.id, label: p.name, detail: describePartnership(p.id) },
      terms: [normaliseName(p.name)],
      weight: 0.5,
    });
  }

  function score(entry: Entry, query: string, queryCore: string): number {
    let best = 0;
    for (const term of entry.terms) {
      if (term === query || term === queryCore) best = Math.max(best, 100);
      else if (term.startsWith(query)) best = Math.max(best, 80);
      else if (term.split(' ').some((word) => word.startsWith(query))) best = Math.max(best, 60);
      else if (query.length >= 3 && term.includes(query)) best = Math.max(best, 40);
    }
    return best;
  }

  return {
    search(raw: string, limit = 8): SearchResult[] {
      const query = normaliseName(raw);
      if (!query) return [];
      const queryCore = nameCore(raw).core;
      let scored = entries
        .map((entry) => ({ entry, score: score(entry, query, queryCore) }))
        .filter((s) => s.score > 0);
      if (scored.length === 0 && query.length >= 4) {
        // A misspelling ("Tunbrige Wells"): the nearest names, if near enough.
        scored = entries
          .map((entry) => ({ entry, score: Math.max(...entry.terms.map((t) => diceSimilarity(t, query))) * 30 }))
          .filter((s) => s.score >= 15);
      }
      return scored
        .sort((x, y) => y.score - x.score || y.entry.weight - x.entry.weight || x.entry.result.label.localeCompare(y.entry.result.label))
        .slice(0, limit)
        .map((s) => s.entry.result);
    },
  };
}
