import type { Lang } from '../model/viewState';
import { en, type Messages } from './en';

// English is in the first view's bundle; Welsh is fetched when it is first
// asked for (it is a third of the interface's text, and most visits are in
// English), from the same origin as the app.

const loaded: Partial<Record<Lang, Messages>> = { en };
const pending: Partial<Record<Lang, Promise<Messages>>> = {};

export function loadedCatalogue(lang: Lang): Messages | undefined {
  return loaded[lang];
}

export function loadCatalogue(lang: Lang): Promise<Messages> {
  const ready = loaded[lang];
  if (ready) return Promise.resolve(ready);
  pending[lang] ??= import('./cy').then((module) => {
    loaded.cy = module.cy;
    return module.cy;
  });
  return pending[lang]!;
}
