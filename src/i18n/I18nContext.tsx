import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Lang } from '../model/viewState';
import { loadCatalogue, loadedCatalogue } from './catalogues';
import { createTranslator, type Translator } from './translator';

const I18nContext = createContext<Translator>(createTranslator('en'));

/**
 * The translator for a language. A catalogue not yet loaded (Welsh, the
 * first time) is fetched; until it arrives the interface stays in the
 * language it was in, rather than flashing empty.
 */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const [translator, setTranslator] = useState<Translator>(() => createTranslator(loadedCatalogue(lang) ? lang : 'en'));
  useEffect(() => {
    if (translator.lang === lang) return;
    let cancelled = false;
    loadCatalogue(lang).then((catalogue) => !cancelled && setTranslator(createTranslator(lang, catalogue)));
    return () => {
      cancelled = true;
    };
  }, [lang, translator.lang]);
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>;
}

export function useI18n(): Translator {
  return useContext(I18nContext);
}
