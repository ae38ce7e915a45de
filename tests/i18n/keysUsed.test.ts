import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { enTimeline } from '../../src/i18n/enTimeline';
import { readSource, sourceFiles, unusedKeys } from './sourceScan';

// Every key of the catalogue is named somewhere in src/: as a string literal
// (tr.t('app.title'), or a value in a table of keys), or matched by the
// pattern of a template literal given to tr.t/tr.tx (`region.${slug}`), so
// the catalogues do not collect strings nobody sees. The catalogues
// themselves do not count as a use.

const KEYS = [...Object.keys(en), ...Object.keys(enTimeline)];
const SOURCES = sourceFiles('src')
  .filter((file) => !/^src\/i18n\/(en|cy)(Panels|Areas|Timeline)?\.ts$/.test(file))
  .map((file) => ({ file, text: readSource(file) }));

/**
 * Keys no component uses yet, left in en.ts for its owner to wire up or
 * delete (written down when the Welsh catalogue was made). The list must match
 * exactly: a new unused key fails, and so does a listed key once it is used or
 * removed, so the list only shrinks.
 */
const NOT_YET_USED: string[] = [];

describe('catalogue keys in use', () => {
  it('reads the app source, not the catalogues', () => {
    const files = SOURCES.map((s) => s.file);
    expect(files).toContain('src/ui/Explorer.tsx');
    expect(files).toContain('src/i18n/translator.ts');
    expect(files).not.toContain('src/i18n/en.ts');
    expect(files).not.toContain('src/i18n/cy.ts');
    expect(files).not.toContain('src/i18n/enPanels.ts');
    expect(files).not.toContain('src/i18n/cyPanels.ts');
    expect(files).not.toContain('src/i18n/enTimeline.ts');
  });

  it('uses every key of en.ts, apart from the known unused ones', () => {
    expect(unusedKeys(KEYS, SOURCES)).toEqual(NOT_YET_USED);
  });
});

describe('the key-use finder itself', () => {
  const keys = ['app.title', 'region.london', 'region.wales', 'service.ict', 'table.name', 'table.end', 'legend.title', 'dead.key'];

  it('counts literals, template patterns given to tr.t/tr.tx (also through a const), and tables of keys', () => {
    const code = [
      "const HEADINGS: Record<string, 'table.name' | 'table.end'> = { name: 'table.name' };",
      'export function Sample({ tr, slug, id, open }: { tr: any; slug: string; id: string; open: boolean }) {',
      '  const key = `service.${id}`;',
      "  return <p className={`legend${open ? '' : ' closed'}`}>{tr.t('app.title')} {tr.tx(`region.${slug}`)} {tr.tx(key)} {tr.t(HEADINGS.name)}</p>;",
      '}',
    ].join('\n');
    // table.end appears only as a type, legend.* only in a class name template: neither is a use.
    expect(unusedKeys(keys, [{ file: 'src/ui/Sample.tsx', text: code }])).toEqual(['table.end', 'legend.title', 'dead.key']);
  });

  it('reports every key when nothing names them', () => {
    expect(unusedKeys(keys, [{ file: 'src/ui/Empty.tsx', text: 'export const x = 1;' }])).toEqual(keys);
  });
});
