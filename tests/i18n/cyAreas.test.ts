import { describe, expect, it } from 'vitest';
import { cyAreas } from '../../src/i18n/cyAreas';
import { enAreas as enAreasFirst } from '../../src/i18n/enAreas';
import { enAreasLater } from '../../src/i18n/enLater';

const enAreas = { ...enAreasFirst, ...enAreasLater };

describe('the Welsh strings of the areas map', () => {
  it('have exactly the keys of the English ones, each plural message with the six Welsh forms', () => {
    expect(Object.keys(cyAreas).sort()).toEqual(Object.keys(enAreas).sort());
    expect(cyAreas['layer.areas']).toBe('Ardaloedd');
    for (const [key, message] of Object.entries(cyAreas)) {
      if (typeof message === 'string') continue;
      expect(Object.keys(message).sort(), key).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    }
  });
});
