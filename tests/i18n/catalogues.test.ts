import { describe, expect, it } from 'vitest';
import { loadCatalogue, loadedCatalogue } from '../../src/i18n/catalogues';
import { cy } from '../../src/i18n/cy';
import { en } from '../../src/i18n/en';

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
});
