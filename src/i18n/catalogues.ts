import type { Lang } from '../model/viewState';
import { en, type Messages } from './en';

// English is in the first view's bundle; Welsh is fetched when it is first
// asked for (it is a third of the interface's text, and most visits are in
// English), from the same origin as the app.
//
// English's strings of the views that load later (enLater.ts) are fetched
// with those views' code (withLaterMessages) and added to the English
// catalogue in place, so translators already made see them. They load
// whatever the page's language, since the reader may switch to English.

const english = en as Messages;
const loaded: Partial<Record<Lang, Messages>> = { en: english };
const pending: Partial<Record<Lang, Promise<Messages>>> = {};
let laterMessages: Promise<void> | null = null;

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

/** English's strings of the views loaded after the first view, added to the English catalogue. */
export function loadLaterMessages(): Promise<void> {
  laterMessages ??= import('./enLater').then(
    (module) => void Object.assign(english, module.enLater),
    (error: unknown) => {
      laterMessages = null;
      throw error;
    },
  );
  return laterMessages;
}

/** A view's loader that also loads the English strings it uses (see enLater.ts): its component never renders without them. */
export function withLaterMessages<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadLaterMessages()]).then(([module]) => module);
}
