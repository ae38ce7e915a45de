import { describe, expect, it } from 'vitest';
import { enPanelsLater } from '../../src/i18n/enLater';
import { enPanels as enPanelsFirst } from '../../src/i18n/enPanels';

// The panels' strings, those of the first view and those loaded with the panels (enLater.ts).
const enPanels = { ...enPanelsFirst, ...enPanelsLater };

/** The parts of the interface whose strings live in enPanels.ts. */
const PANEL_PARTS = new Set(['council', 'compare', 'partnership', 'claim', 'table', 'csv', 'embed', 'gesture', 'live', 'footer']);

describe('the English panels’ strings', () => {
  it('are those of the panels, the table, the embed dialog, the gestures, the live region and the footer', () => {
    const parts = new Set(Object.keys(enPanels).map((key) => key.split('.')[0]));
    expect([...parts].filter((part) => !PANEL_PARTS.has(part!))).toEqual([]);
    expect(enPanels['council.close']).toBe('Close council details');
    expect(enPanels['embed.copy']).toBe('Copy the code');
  });

  it('give each plural message its one and other forms, the other saying the count', () => {
    for (const [key, message] of Object.entries(enPanels)) {
      if (typeof message === 'string') continue;
      const forms = message as Record<string, string>;
      expect(forms.one, key).toBeDefined();
      expect(forms.other, key).toContain('{count}');
    }
    expect(enPanels['council.partnerships'].other).toBe('{count} partnerships shown');
  });
});
