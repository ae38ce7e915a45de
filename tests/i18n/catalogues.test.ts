import { describe, expect, it } from 'vitest';
import { loadCatalogue, loadedCatalogue, loadLaterMessages, withLaterMessages } from '../../src/i18n/catalogues';
import { cy } from '../../src/i18n/cy';
import { en } from '../../src/i18n/en';
import { enLater } from '../../src/i18n/enLater';
import { createTranslator } from '../../src/i18n/translator';

describe('catalogues', () => {
  it('has English at once, and fetches Welsh once when first asked for', async () => {
    expect(loadedCatalogue('en')).toBe(en);
    expect(loadedCatalogue('cy')).toBeUndefined();
    const first = loadCatalogue('cy');
    expect(loadCatalogue('cy')).toBe(first);
    expect(await first).toBe(cy);
    expect(loadedCatalogue('cy')).toBe(cy);
    expect(await loadCatalogue('en')).toBe(en);
  });

  it('adds the later views’ English strings when a view’s loader runs, and a translator made before sees them', async () => {
    const english = createTranslator('en');
    expect(english.tx('table.title')).toBe('table.title');
    let viewLoaded = false;
    const load = withLaterMessages(async () => {
      viewLoaded = true;
      return { view: 'table' };
    });
    expect(await load()).toEqual({ view: 'table' });
    expect(viewLoaded).toBe(true);
    expect(english.tx('table.title')).toBe(enLater['table.title']);
    expect(loadedCatalogue('en')).toBe(en);
    expect(loadLaterMessages()).toBe(loadLaterMessages());
  });
});
