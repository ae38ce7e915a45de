import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { createTranslator } from '../../src/i18n/translator';
import { UNKNOWN_WIDTH } from '../../src/model/linkWidth';
import { Legend } from '../../src/ui/Legend';
import { makeAppData } from '../helpers/appData';

const data = makeAppData();
const en = createTranslator('en');

function setup(props: { grouped?: boolean; collapsed?: boolean; active?: string[] } = {}) {
  const onToggleService = vi.fn();
  const { container } = render(
    <I18nProvider lang="en">
      <Legend data={data} widthFor={(v) => v / 1_000_000} activeServices={props.active ?? []} onToggleService={onToggleService} grouped={props.grouped} collapsed={props.collapsed} />
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

  it('draws sample widths with the map’s scale, and the thin dashed line of unknown savings', () => {
    const { container } = setup();
    const widths = [...container.querySelectorAll('.legend-widths svg line')].map((line) => line.getAttribute('stroke-width'));
    // Each sample: a casing two pixels wider, then the line.
    expect(widths).toEqual(['2.1', '0.1', '3', '1', '7', '5', '22', '20', String(UNKNOWN_WIDTH + 2), String(UNKNOWN_WIDTH)]);
    expect(screen.getByText('Savings not known')).toBeTruthy();
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
