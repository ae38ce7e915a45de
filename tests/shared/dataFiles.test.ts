import { describe, expect, it } from 'vitest';
import { DATA_DIR, DATA_FILES, FIRST_VIEW_FILES } from '../../src/shared/dataFiles';

describe('the bundled data files', () => {
  it('are JSON files (and the outline, a picture) in one folder, each named once', () => {
    const names = Object.values(DATA_FILES);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(name === DATA_FILES.outline ? /^[a-z-]+\.svg$/ : /^[a-z-]+(\.topo)?\.json$/);
    expect(DATA_DIR).toMatch(/^[a-z]+$/);
  });

  it('load every file but the details with the first view, each once', () => {
    expect(new Set(FIRST_VIEW_FILES).size).toBe(FIRST_VIEW_FILES.length);
    expect([...FIRST_VIEW_FILES].sort()).toEqual(Object.keys(DATA_FILES).filter((key) => key !== 'details' && key !== 'outline').sort());
  });
});
