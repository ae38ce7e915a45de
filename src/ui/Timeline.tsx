import { useId, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { AppData } from '../data/indexes';
import { useI18n } from '../i18n/I18nContext';
import { timelineTranslator } from '../i18n/timelineTranslator';
import type { FilterPatch } from '../model/actions';
import { filterPartnerships } from '../model/filters';
import { startsAndEnds, tickStep, undatedCounts, yearTicks } from '../model/timeline';
import type { ViewState } from '../model/viewState';
import type { Year } from '../shared/types';
import { usePlayYears } from './hooks/usePlayYears';
import { TimelineChart } from './TimelineChart';

export interface TimelineProps {
  data: AppData;
  state: ViewState;
  undatedHidden: number;
  onChange(patch: FilterPatch): void;
  /** A year stepped by playing (the app replaces the address for it); without it, onChange. */
  onPlayYear?(year: Year): void;
}

/** Where a year sits along the slider, as a CSS length: the thumb's centre runs from half a thumb in from each end. */
const along = (year: Year, first: Year, last: Year) => `calc(var(--thumb) / 2 + (100% - var(--thumb)) * ${last === first ? 0 : (year - first) / (last - first)})`;

/** The year: all years, or one on a slider that plays, with the chart of partnerships started and ended above it. */
export function Timeline({ data, state, undatedHidden, onChange, onPlayYear }: TimelineProps) {
  const { lang } = useI18n();
  const tr = useMemo(() => timelineTranslator(lang), [lang]);
  const id = useId();
  const { year } = state;
  const { firstYear: first, lastYear: last } = data;
  const playButton = useRef<HTMLButtonElement>(null);
  const { playing, play, pause } = usePlayYears(year, first, last, {
    onStart: (start) => onChange({ year: start }),
    onStep: (next) => (onPlayYear ? onPlayYear(next) : onChange({ year: next })),
    shown: () => playButton.current != null && !playButton.current.closest('[hidden]'),
  });
  // The chart counts what the other filters let through, over every year.
  const { services, savings, status, area, figures } = state;
  const { counts, undated } = useMemo(() => {
    const partnerships = filterPartnerships(data, { services, savings, status, area, figures, year: null });
    return { counts: startsAndEnds(partnerships, first, last), undated: undatedCounts(partnerships) };
  }, [data, services, savings, status, area, figures, first, last]);
  const ticks = yearTicks(first, last, tickStep(first, last));
  const setYear = (next: Year | null) => {
    pause();
    onChange({ year: next });
  };

  return (
    <fieldset className="filter-group timeline">
      <legend>{tr.t('filters.year')}</legend>
      <div className="timeline-head">
        <label className="checkbox">
          <input type="checkbox" checked={year == null} onChange={(e) => setYear(e.target.checked ? null : last)} />
          {tr.t('filters.allYears')}
        </label>
        <output htmlFor={`${id}-year`} className="year-output">
          {year ?? tr.t('filters.allYears')}
        </output>
      </div>
      <div className="year-track">
        <TimelineChart counts={counts} year={year} tr={tr} />
        <label htmlFor={`${id}-year`} className="visually-hidden">
          {tr.t('filters.year')}
        </label>
        <input
          id={`${id}-year`}
          type="range"
          list={`${id}-ticks`}
          min={first}
          max={last}
          step={1}
          value={year ?? last}
          disabled={year == null}
          aria-valuetext={year == null ? tr.t('filters.allYears') : tr.t('filters.yearValue', { year })}
          onPointerDown={pause}
          onChange={(e) => setYear(Number(e.target.value))}
        />
        <YearTicks id={`${id}-ticks`} ticks={ticks} first={first} last={last} />
      </div>
      <button ref={playButton} type="button" className="button secondary play-button" aria-describedby={`${id}-play`} onClick={playing ? pause : play}>
        {playing ? tr.t('timeline.pause') : tr.t('timeline.play')}
      </button>
      <p id={`${id}-play`} className="hint">
        {tr.t('timeline.playHint', { last })}
      </p>
      {playing && <PauseOnMap year={year} label={tr.t('timeline.pause')} onPause={pause} />}
      {year != null && year < 2014 && <p className="hint">{tr.t('map.earlyYearNote')}</p>}
      {year != null && undatedHidden > 0 && <p className="hint">{tr.t('timeline.noStartYear', { count: undatedHidden })}</p>}
      {year == null && undated.noStart > 0 && <p className="hint">{tr.t('timeline.noStart', { count: undated.noStart })}</p>}
      {undated.endedNoYear > 0 && <p className="hint">{tr.t('timeline.endedNoYear', { count: undated.endedNoYear })}</p>}
    </fieldset>
  );
}

/** The slider's ticks: a datalist for the browser, and their labels drawn under the track. */
function YearTicks({ id, ticks, first, last }: { id: string; ticks: readonly Year[]; first: Year; last: Year }) {
  return (
    <>
      <datalist id={id}>
        {ticks.map((tick) => (
          <option key={tick} value={tick} />
        ))}
      </datalist>
      <div className="year-ticks" aria-hidden="true">
        {ticks.map((tick) => (
          <span key={tick} style={{ left: along(tick, first, last) }}>
            {tick}
          </span>
        ))}
      </div>
    </>
  );
}

/**
 * While playing, a pause button on the map as well: on a phone the
 * filters are below the map, so whoever scrolls up to watch can stop it
 * there. Put into the map's stage from here, so it costs the first view nothing.
 */
function PauseOnMap({ year, label, onPause }: { year: Year | null; label: string; onPause(): void }) {
  const stage = document.querySelector('.stage');
  if (!stage) return null;
  return createPortal(
    <div className="timeline-on-map">
      <span className="timeline-on-map-year" aria-hidden="true">
        {year}
      </span>
      <button type="button" className="button" onClick={onPause}>
        {label}
      </button>
    </div>,
    stage,
  );
}
