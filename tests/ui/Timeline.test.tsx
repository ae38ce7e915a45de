import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { DEFAULT_STATE, type ViewState } from '../../src/model/viewState';
import { PLAY_STEP_MS } from '../../src/ui/hooks/usePlayYears';
import { Timeline } from '../../src/ui/Timeline';
import { makeAppData } from '../helpers/appData';

// The hand-made data runs from 2009 (West Suffolk) to 2025; starts in 2009,
// 2012, 2014 and 2015, one end in 2019, one partnership with no start year.
const data = makeAppData();

/** The timeline over a view state held as the app holds it, recording each change and where it came from. */
function setup(patch: Partial<ViewState> = {}, undatedHidden = 0) {
  const calls: [string, number | null][] = [];
  function Harness() {
    const [state, setState] = useState<ViewState>({ ...DEFAULT_STATE, ...patch });
    return (
      <Timeline
        data={data}
        state={state}
        undatedHidden={undatedHidden}
        onChange={(p) => {
          calls.push(['change', p.year ?? null]);
          setState((s) => ({ ...s, ...p }));
        }}
        onPlayYear={(year) => {
          calls.push(['play', year]);
          setState((s) => ({ ...s, year }));
        }}
      />
    );
  }
  render(
    <I18nProvider lang="en">
      <Harness />
    </I18nProvider>,
  );
  const slider = screen.getByRole('slider', { name: 'Year' }) as HTMLInputElement;
  const output = () => document.querySelector('output')!.textContent;
  const second = () =>
    act(() => {
      vi.advanceTimersByTime(PLAY_STEP_MS);
    });
  return { calls, slider, output, second };
}

afterEach(() => vi.useRealTimers());

describe('Timeline', () => {
  it('shows all years with the slider off, and picks a year from the slider once all years is unticked', () => {
    const { calls, slider, output } = setup();
    expect(slider.disabled).toBe(true);
    expect(output()).toBe('All years');
    fireEvent.click(screen.getByRole('checkbox', { name: 'All years' }));
    expect(calls).toEqual([['change', 2025]]);
    fireEvent.change(slider, { target: { value: '2015' } });
    expect(calls.at(-1)).toEqual(['change', 2015]);
    expect(slider.getAttribute('aria-valuetext')).toBe('Partnerships running in 2015');
  });

  it('labels the slider with ticks over the years the data covers', () => {
    const { slider } = setup({ year: 2016 });
    expect([slider.min, slider.max]).toEqual(['2009', '2025']);
    const list = document.getElementById(slider.getAttribute('list')!)!;
    expect([...list.querySelectorAll('option')].map((o) => o.value)).toEqual(['2009', '2015', '2020', '2025']);
    expect([...document.querySelectorAll('.year-ticks span')].map((s) => s.textContent)).toEqual(['2009', '2015', '2020', '2025']);
  });

  it('plays from the first year, a year a second, with one change for the start and play steps after, and pauses', () => {
    vi.useFakeTimers();
    const { calls, output, second } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Play the years' }));
    expect(calls).toEqual([['change', 2009]]);
    expect(output()).toBe('2009');
    second();
    second();
    expect(calls).toEqual([['change', 2009], ['play', 2010], ['play', 2011]]);
    expect(output()).toBe('2011');
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    second();
    expect(output()).toBe('2011');
    expect(screen.getByRole('button', { name: 'Play the years' })).toBeTruthy();
  });

  it('pauses when the slider is taken hold of, or all years ticked', () => {
    vi.useFakeTimers();
    const { calls, slider, second, output } = setup({ year: 2012 });
    fireEvent.click(screen.getByRole('button', { name: 'Play the years' }));
    fireEvent.pointerDown(slider);
    second();
    expect(calls).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Play the years' }));
    second();
    expect(output()).toBe('2013');
    fireEvent.change(slider, { target: { value: '2020' } });
    second();
    expect(output()).toBe('2020');
    fireEvent.click(screen.getByRole('button', { name: 'Play the years' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'All years' }));
    second();
    expect(output()).toBe('All years');
    expect(calls.at(-1)).toEqual(['change', null]);
  });

  it('while playing, puts a pause button on the map too, which stops it', () => {
    vi.useFakeTimers();
    const stage = document.createElement('div');
    stage.className = 'stage';
    document.body.append(stage);
    try {
      const { output, second } = setup({ year: 2012 });
      expect(within(stage).queryByRole('button')).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: 'Play the years' }));
      second();
      expect(stage.querySelector('.timeline-on-map-year')!.textContent).toBe('2013');
      fireEvent.click(within(stage).getByRole('button', { name: 'Pause' }));
      expect(within(stage).queryByRole('button')).toBeNull();
      second();
      expect(output()).toBe('2013');
    } finally {
      stage.remove();
    }
  });

  it('stops at the last year', () => {
    vi.useFakeTimers();
    const { calls, second } = setup({ year: 2024 });
    fireEvent.click(screen.getByRole('button', { name: 'Play the years' }));
    second();
    second();
    expect(calls).toEqual([['play', 2025]]);
    expect(screen.getByRole('button', { name: 'Play the years' })).toBeTruthy();
  });

  it('charts what the other filters let through, over every year, and says what it cannot place', () => {
    setup();
    const table = screen.getByRole('table', { name: /Partnerships started and ended each year/ });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual(['200910', '201210', '201410', '201510', '201901']);
    expect(screen.getByText('1 partnership with no known start year is not in the chart.')).toBeTruthy();
  });

  it('counts only the service areas chosen', () => {
    setup({ services: ['legal'] });
    const table = screen.getByRole('table', { name: /Partnerships started and ended each year/ });
    expect(within(table).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['201210']);
    expect(screen.queryByText(/no known start year is not in the chart/)).toBeNull();
  });

  it('says of a year which undated partnerships it leaves out, and that early years are less complete', () => {
    setup({ year: 2012 }, 2);
    expect(screen.getByText('2 partnerships with no known start year are not in the chart, nor shown for a single year.')).toBeTruthy();
    expect(screen.queryByText(/are not in the chart\.$/)).toBeNull();
    expect(screen.getByText('Boundaries before 2014 are shown as in 2014.')).toBeTruthy();
  });
});
