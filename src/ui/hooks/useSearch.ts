import { useCallback, useEffect, useState } from 'react';
import type { AppData } from '../../data/indexes';
import type { Translator } from '../../i18n/translator';
import type { SearchIndex } from '../../model/search';
import { councilNameByCode } from '../describe';
import { loadSearch } from '../lazyViews';

/** The search index's detail line for a council: its type, and the year it ended if it has. */
export function councilDetail(code: string, data: Pick<AppData, 'councilByCode'>, tr: Translator): string {
  const c = data.councilByCode.get(code)!;
  const type = tr.t(`council.type.${c.type}`);
  return c.lastYear != null ? `${type}, ${tr.t('years.until', { year: c.lastYear })}` : type;
}

/** The search index's detail line for a partnership: its first three councils. */
export function partnershipDetail(id: string, data: Pick<AppData, 'councilByCode' | 'partnershipById'>, tr: Translator): string {
  return tr.list(data.partnershipById.get(id)!.councils.slice(0, 3).map((c) => councilNameByCode(c, data, tr, true)));
}

/**
 * The search index, in the language shown: its code is loaded and the index
 * built when the search is first used, off the first view's path; null until
 * then.
 */
export function useSearch(data: AppData, tr: Translator): { index: SearchIndex | null; onFirstUse(): void } {
  const [used, setUsed] = useState(false);
  const [index, setIndex] = useState<SearchIndex | null>(null);
  useEffect(
    function buildIndexOnFirstUse() {
      if (!used) return;
      let cancelled = false;
      loadSearch().then(
        ({ buildSearchIndex }) => {
          if (cancelled) return;
          setIndex(buildSearchIndex(data, (code) => councilDetail(code, data, tr), (id) => partnershipDetail(id, data, tr), tr.lang));
        },
        () => {}, // offline before the code came: the box stays empty, the rest of the map works
      );
      return () => {
        cancelled = true;
      };
    },
    [data, tr, used],
  );
  const onFirstUse = useCallback(() => setUsed(true), []);
  return { index, onFirstUse };
}
