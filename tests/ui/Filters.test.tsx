import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { createTranslator } from '../../src/i18n/translator';
import { DEFAULT_STATE, type ViewState } from '../../src/model/viewState';
import { Filters } from '../../src/ui/Filters';
import { makeAppData } from '../helpers/appData';

const data = makeAppData();
const en = createTranslator('en');

function setup(patch: Partial<ViewState> = {}, undatedHidden = 0) {
  const onChange = vi.fn();
  const onClear = vi.fn();
  render(
    <I18nProvider lang="en">
      <Filters data={data} state={{ ...DEFAULT_STATE, ...patch }} undatedHidden={undatedHidden} onChange={onChange} onClear={onClear} />
    </I18nProvider>,
  );
  return { onChange, onClear };
}

describe('Filters', () => {
  it('adds and removes a service area, keeping the taxonomy’s order', () => {
    const { onChange } = setup({ services: ['legal'] });
    fireEvent.click(screen.getByRole('checkbox', { name: en.t('service.management') }));
    expect(onChange).toHaveBeenLastCalledWith({ services: ['management', 'legal'] });
    fireEvent.click(screen.getByRole('checkbox', { name: en.t('service.legal') }));
    expect(onChange).toHaveBeenLastCalledWith({ services: [] });
  });

  it('filters savings reported as achieved apart from targets and projections', () => {
    const { onChange } = setup({ figures: ['target'] });
    const group = screen.getByRole('group', { name: 'Savings figures' });
    expect(within(group).getByRole('checkbox', { name: 'Targets and projections' })).toHaveProperty('checked', true);
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Reported as achieved' }));
    expect(onChange).toHaveBeenLastCalledWith({ figures: ['reported', 'target'] });
  });

  it('filters by savings band and status', () => {
    const { onChange } = setup();
    fireEvent.click(screen.getByRole('checkbox', { name: en.t('band.5m-plus') }));
    expect(onChange).toHaveBeenLastCalledWith({ savings: ['5m-plus'] });
    fireEvent.click(within(screen.getByRole('group', { name: 'Status' })).getByRole('checkbox', { name: 'Active' }));
    expect(onChange).toHaveBeenLastCalledWith({ status: ['active'] });
  });

  it('holds the timeline: the year slider with play, and the chart of starts and ends', () => {
    const { onChange } = setup({ year: 2012 });
    fireEvent.change(screen.getByRole('slider', { name: 'Year' }), { target: { value: '2015' } });
    expect(onChange).toHaveBeenLastCalledWith({ year: 2015 });
    expect(screen.getByRole('button', { name: 'Play the years' })).toBeTruthy();
    expect(screen.getByRole('table', { name: /Partnerships started and ended each year/ })).toBeTruthy();
  });

  it('chooses a nation or region by its slug, and clears everything', () => {
    const { onChange, onClear } = setup({ area: 'wales' });
    const select = screen.getByRole('combobox', { name: 'Nation or region' }) as HTMLSelectElement;
    expect(select.value).toBe('wales');
    fireEvent.change(select, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({ area: null });
    fireEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(onClear).toHaveBeenCalled();
  });
});
