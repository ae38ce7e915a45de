import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { createTranslator } from '../../src/i18n/translator';
import type { AreaMeasure, MapLayer } from '../../src/model/viewState';
import { LayerControl } from '../../src/ui/LayerControl';
import { makeAppData } from '../helpers/appData';

const data = makeAppData();

function setup(layer: MapLayer, measure: AreaMeasure = { kind: 'count' }, lang: 'en' | 'cy' = 'en') {
  const onLayer = vi.fn();
  const onMeasure = vi.fn();
  render(
    <I18nProvider lang={lang}>
      <LayerControl data={data} layer={layer} measure={measure} onLayer={onLayer} onMeasure={onMeasure} />
    </I18nProvider>,
  );
  return { onLayer, onMeasure };
}

describe('LayerControl', () => {
  it('offers links and areas as one group of radio buttons, the current one checked', () => {
    const { onLayer } = setup('links');
    expect(screen.getByRole('group', { name: 'Show on the map' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Links' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('radio', { name: 'Areas' }));
    expect(onLayer).toHaveBeenCalledWith('areas');
    // No measure to choose on the links map.
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('on the areas map offers the measures: count, savings share, and each service area', () => {
    const { onMeasure } = setup('areas', { kind: 'service', service: 'ict' });
    const select = screen.getByRole('combobox', { name: 'Colour councils by' }) as HTMLSelectElement;
    expect(select.value).toBe('ict');
    expect([...select.options].map((o) => o.value)).toEqual(['count', 'savings', ...data.services.map((s) => s.id)]);
    fireEvent.change(select, { target: { value: 'savings' } });
    expect(onMeasure).toHaveBeenLastCalledWith({ kind: 'savings' });
    fireEvent.change(select, { target: { value: 'legal' } });
    expect(onMeasure).toHaveBeenLastCalledWith({ kind: 'service', service: 'legal' });
  });

  it('speaks Welsh', async () => {
    const cy = createTranslator('cy', (await import('../../src/i18n/cy')).cy);
    setup('areas', { kind: 'count' }, 'cy');
    expect(await screen.findByRole('radio', { name: cy.t('layer.areas') })).toHaveProperty('checked', true);
  });
});
