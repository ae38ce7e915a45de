import { useCallback, useEffect, useRef, useState } from 'react';
import { nextPlayYear, playFrom } from '../../model/timeline';
import type { Year } from '../../shared/types';

/** A year a second: long enough to see the links change, short enough to watch 2009 to today. */
export const PLAY_STEP_MS = 1000;

export interface PlayYearsOptions {
  /** The year playing starts from, when it is not the one shown: a change of its own (a history entry). */
  onStart(year: Year): void;
  /** Each later step (the app replaces the address rather than pushing one entry a second). */
  onStep(year: Year): void;
  /** Whether the control is still on screen: playing stops when the filters are closed. */
  shown?(): boolean;
}

/**
 * Playing the years: from the year shown (or the first, from "all years" or
 * the end) a year every PLAY_STEP_MS, stopping at the last. The year itself
 * stays in the view state: this only decides when to step it.
 */
export function usePlayYears(year: Year | null, first: Year, last: Year, options: PlayYearsOptions) {
  const [playing, setPlaying] = useState(false);
  const latest = useRef(options);
  latest.current = options;

  useEffect(
    function stepWhilePlaying() {
      if (!playing) return;
      const next = nextPlayYear(year, first, last);
      if (next == null) {
        setPlaying(false);
        return;
      }
      const timer = window.setTimeout(() => {
        if (latest.current.shown && !latest.current.shown()) setPlaying(false);
        else latest.current.onStep(next);
      }, PLAY_STEP_MS);
      return () => window.clearTimeout(timer);
    },
    [playing, year, first, last],
  );

  const play = useCallback(() => {
    const start = playFrom(year, first, last);
    if (start !== year) latest.current.onStart(start);
    setPlaying(true);
  }, [year, first, last]);
  const pause = useCallback(() => setPlaying(false), []);
  return { playing, play, pause };
}
