import { useCallback, useMemo, useState } from 'react';
import type { AppData } from '../../data/indexes';
import type { Translator } from '../../i18n/translator';
import { buildSearchIndex, type SearchIndex } from '../../model/search';
import { councilNameByCode } from '../describe';

/** The search index's detail line for a council: its type, and the year it ended if it has. */
export function councilDetail(code: string, data: Pick<AppData, 'councilByCode'>, tr: Translator): string {
  const c = data.councilByCode.get(code)!;
  return [tr.t(`council.type.${c.type}`), c.lastYear != null ? `–${c.lastYear}` : ''].filter(Boolean).join(' ');
}

/** The search index's detail line for a partnership: its first three councils. */
export function partnershipDetail(id: string, data: Pick<AppData, 'councilByCode' | 'partnershipById'>, tr: Translator): string {
  return tr.list(data.partnershipById.get(id)!.councils.slice(0, 3).map((c) => councilNameByCode(c, data, tr, true)));
}

/**
 * The search index, in the language shown, built when the search is first
 * used rather than on the way to the first view; null until then.
 */
export function useSearch(data: AppData, tr: Translator): { index: SearchIndex | null; onFirstUse(): void } {
  const [used, setUsed] = useState(false);
  const index = useMemo(
    () =>
      used
        ? buildSearchIndex(
            data,
            (code) => councilDetail(code, data, tr),
            (id) => partnershipDetail(id, data, tr),
            tr.lang,
          )
        : null,
    [data, tr, used],
  );
  const onFirstUse = useCallback(() => setUsed(true), []);
  return { index, onFirstUse };
}
