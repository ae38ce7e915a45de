import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { enPanels } from '../../src/i18n/enPanels';

describe('the English catalogue', () => {
  it('holds the panels’ strings as enPanels.ts gives them, after its own', () => {
    for (const [key, message] of Object.entries(enPanels)) expect(en[key as keyof typeof en], key).toBe(message);
    const keys = Object.keys(en);
    expect(keys.slice(-Object.keys(enPanels).length)).toEqual(Object.keys(enPanels));
    expect(keys.length).toBeGreaterThan(Object.keys(enPanels).length);
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
