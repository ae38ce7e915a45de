import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Lang } from '../model/viewState';
import { createTranslator, type Translator } from './translator';

const I18nContext = createContext<Translator>(createTranslator('en'));

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const translator = useMemo(() => createTranslator(lang), [lang]);
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>;
}

export function useI18n(): Translator {
  return useContext(I18nContext);
}
