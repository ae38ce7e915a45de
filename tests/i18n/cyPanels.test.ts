import { describe, expect, it } from 'vitest';
import { cyPanels } from '../../src/i18n/cyPanels';
import { enPanelsLater } from '../../src/i18n/enLater';
import { enPanels as enPanelsFirst } from '../../src/i18n/enPanels';

const enPanels = { ...enPanelsFirst, ...enPanelsLater };

describe('the Welsh panels’ strings', () => {
  it('have exactly the keys of the English panels’ strings', () => {
    expect(Object.keys(cyPanels).sort()).toEqual(Object.keys(enPanels).sort());
  });

  it('are translated, each plural message with the six Welsh forms', () => {
    expect(cyPanels['council.type.county']).toBe('Cyngor sir');
    expect(cyPanels['embed.copy']).not.toBe(enPanels['embed.copy']);
    for (const [key, message] of Object.entries(cyPanels)) {
      if (typeof message === 'string') continue;
      expect(Object.keys(message).sort(), key).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    }
  });
});
