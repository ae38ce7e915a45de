import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { enAreas } from '../../src/i18n/enAreas';
import { enPanels } from '../../src/i18n/enPanels';
import { enText } from '../../src/i18n/enText';

describe('the English catalogue', () => {
  it('holds the panels’, the areas map’s and the years’ strings as enPanels.ts, enAreas.ts and enText.ts give them, after its own', () => {
    for (const [key, message] of Object.entries({ ...enPanels, ...enAreas, ...enText })) expect(en[key as keyof typeof en], key).toBe(message);
    const keys = Object.keys(en);
    const merged = [...Object.keys(enPanels), ...Object.keys(enAreas), ...Object.keys(enText)];
    expect(keys.slice(-merged.length)).toEqual(merged);
    expect(keys.length).toBeGreaterThan(merged.length);
  });

  it('gives every key a message, and every plural message its one and other forms', () => {
    for (const [key, message] of Object.entries(en)) {
      if (typeof message === 'string') expect(message.trim(), key).not.toBe('');
      else {
        expect(message.other.trim(), key).not.toBe('');
        expect(Object.keys(message), key).toContain('one');
      }
    }
  });

  it('names its keys as dotted paths from a known part of the interface', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[a-z]+(\.[a-zA-Z0-9-]+)+$/);
    expect(en['app.title']).toBe('Shared Services Map');
  });
});
