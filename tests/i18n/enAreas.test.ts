import { describe, expect, it } from 'vitest';
import { enAreas } from '../../src/i18n/enAreas';

describe('the English strings of the areas map', () => {
  it('are those of the layer control, the areas and their measures, the areas tooltip and the totals by region', () => {
    const parts = new Set(Object.keys(enAreas).map((key) => key.split('.')[0]));
    expect([...parts].filter((part) => !['layer', 'measure', 'areas', 'tooltip', 'totals', 'council'].includes(part!))).toEqual([]);
    expect(enAreas['layer.areas']).toBe('Areas');
  });
});
