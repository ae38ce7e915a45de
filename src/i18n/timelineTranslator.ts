import type { Lang } from '../model/viewState';
import { loadedCatalogue } from './catalogues';
import { cyTimeline } from './cyTimeline';
import { en, type Messages } from './en';
import { enTimeline, type TimelineMessages } from './enTimeline';
import { createTranslator, type Translator } from './translator';

// The timeline's strings are not in the first view's catalogue (its script is
// at its budget): they come with the timeline, and this joins them to the
// catalogue of the language shown, so the timeline speaks through one translator.

export type TimelineTranslator = Translator<keyof Messages | keyof TimelineMessages>;

export function timelineTranslator(lang: Lang): TimelineTranslator {
  const part: TimelineMessages = lang === 'cy' ? cyTimeline : enTimeline;
  return createTranslator(lang, { ...(loadedCatalogue(lang) ?? (en as Messages)), ...part });
}
