import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { createTranslator } from '../../src/i18n/translator';
import { HOLLOW_SHARE } from '../../src/map/linkStrokes';
import { keySamples, savingsWidthScale, UNKNOWN_WIDTH } from '../../src/model/linkWidth';
import { Legend } from '../../src/ui/Legend';
import type { ServiceArea } from '../../src/shared/types';
import { makeAppData, SERVICES } from '../helpers/appData';

const data = makeAppData();
const en = createTranslator('en');
const scale = savingsWidthScale(1_300_000);

function setup(props: { grouped?: boolean; collapsed?: boolean; active?: string[]; zoom?: number } = {}) {
  const onToggleService = vi.fn();
  const { container } = render(
    <I18nProvider lang="en">
      <Legend data={data} widthFor={scale} activeServices={props.active ?? []} onToggleService={onToggleService} grouped={props.grouped} collapsed={props.collapsed} zoom={props.zoom} />
    </I18nProvider>,
  );
  return { onToggleService, container };
}

describe('Legend', () => {
  it('keys each service area as a toggle of its filter, marking those on', () => {
    const { onToggleService } = setup({ active: ['legal'] });
    const legal = screen.getByRole('button', { name: en.t('service.legal') });
    expect(legal.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: en.t('service.ict') }).getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: en.t('service.ict') }));
    expect(onToggleService).toHaveBeenCalledWith('ict');
  });

  it('keys the areas of one colour family under its one colour and name, each still a filter', () => {
    const families: Record<string, string> = { 'hr-payroll': 'corporate', legal: 'corporate' };
    const services: ServiceArea[] = SERVICES.map((s) => (families[s.id] ? { ...s, colour: '#9000a7', family: families[s.id] } : { ...s, family: s.id }));
    const onToggleService = vi.fn();
    const { container } = render(
      <I18nProvider lang="en">
        <Legend data={{ ...data, services }} widthFor={scale} activeServices={[]} onToggleService={onToggleService} />
      </I18nProvider>,
    );
    const family = screen.getByText('Corporate services').closest('li')!;
    expect(family.querySelector('.legend-family-name line:last-child')!.getAttribute('stroke')).toBe('#9000a7');
    expect([...family.querySelectorAll('button')].map((b) => b.textContent)).toEqual([en.t('service.hr-payroll'), en.t('service.legal')]);
    fireEvent.click(screen.getByRole('button', { name: en.t('service.legal') }));
    expect(onToggleService).toHaveBeenCalledWith('legal');
    // Four colours for five areas: one line each, and the note that says why.
    expect(container.querySelectorAll('.legend-services > li:not(.legend-note)')).toHaveLength(4);
    expect(screen.getByText(/Related areas share a colour/)).toBeTruthy();
  });

  it('says nothing of families when each area has a colour of its own', () => {
    setup();
    expect(screen.queryByText(/Related areas share a colour/)).toBeNull();
    expect(document.querySelectorAll('.legend-family')).toHaveLength(0);
  });

  it('draws sample widths per council with the map’s scale, and the thin dashed line of unknown savings', () => {
    const { container } = setup();
    expect(screen.getByText('Yearly savings per council (our estimate)')).toBeTruthy();
    const widths = [...container.querySelectorAll('.legend-widths svg line')].map((line) => line.getAttribute('stroke-width'));
    // Each sample: a casing two pixels wider, then the line.
    const expected = keySamples(scale).flatMap((value) => [String(scale(value) + 2), String(scale(value))]);
    expect(expected).toHaveLength(8);
    // Then the dashed line of unknown savings, then the hollow line of a target (its own test below).
    expect(widths.slice(0, expected.length + 2)).toEqual([...expected, String(UNKNOWN_WIDTH + 2), String(UNKNOWN_WIDTH)]);
    expect(screen.getByText('£1m a year')).toBeTruthy();
    expect(screen.getByText('Savings not known')).toBeTruthy();
  });

  it('draws the dashes of savings not known as the map does at its zoom: zoomed out, longer and with no casing', () => {
    const dashes = (zoom?: number) => {
      setup({ zoom });
      const item = screen.getByText('Savings not known').closest('li')!;
      const lines = [...item.querySelectorAll('line')].map((line) => [line.getAttribute('stroke'), line.getAttribute('stroke-dasharray')]);
      cleanup();
      return lines;
    };
    expect(dashes(5.5)).toEqual([['#5b6672', '7 3']]);
    // Zoomed in: the casing under the dashes, dashed alike.
    expect(dashes(9)).toEqual([[expect.stringMatching(/^rgba/), '4 4'], ['#5b6672', '4 4']]);
    // Without a zoom (before the map reports one), zoomed in.
    expect(dashes()).toEqual(dashes(9));
  });

  it('keys a target’s line as hollow: casing, colour and a pale centre', () => {
    const { container } = setup();
    const item = screen.getByText(/target or projection/).closest('li')!;
    const strokes = [...item.querySelectorAll('line')].map((line) => [line.getAttribute('stroke'), line.getAttribute('stroke-width')]);
    const width = scale(keySamples(scale)[2]!);
    expect(strokes).toEqual([expect.anything(), ['#5b6672', String(width)], ['#ffffff', String(width * HOLLOW_SHARE)]]);
    expect(container.querySelectorAll('.legend-widths li')).toHaveLength(6);
  });

  it('explains grouped lines only while the map groups them', () => {
    setup();
    expect(screen.queryByText('Grouped lines')).toBeNull();
    setup({ grouped: true });
    expect(screen.getByText('Grouped lines')).toBeTruthy();
  });

  it('starts closed when asked, and opens and closes from its button', () => {
    setup({ collapsed: true });
    const toggle = screen.getByRole('button', { name: 'Show the key' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('Service area')).toBeNull();
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide the key' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Service area')).toBeTruthy();
  });
});
