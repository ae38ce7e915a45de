import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { enLater } from '../../src/i18n/enLater';
import { enTimeline } from '../../src/i18n/enTimeline';
import { ALLOWED_SYMBOLS, findHardCodedText, isUserText, readSource, sourceFiles, type Finding } from './sourceScan';

// Components take every word they show or speak from the catalogue. This test
// reads each file under src/ui/ and src/map/ with the TypeScript parser and
// reports, by file and line: JSX text, string children and user-facing
// attributes (aria-label, title, alt, placeholder, label, aria-description,
// aria-roledescription, aria-valuetext, an <option>'s value …) written as
// literals; tr.t/tr.tx keys the catalogue does not have; and text set on the
// DOM or on Leaflet outside JSX. See sourceScan.ts for what is allowed and why.

// With the timeline's part, which the timeline joins to the catalogue (timelineTranslator.ts); tsc checks which translator has which keys.
const KEYS = [...Object.keys(en), ...Object.keys(enLater), ...Object.keys(enTimeline)];
const FILES = [...sourceFiles('src/ui'), ...sourceFiles('src/map')];

const describeFinding = (f: Finding) => `${f.file}:${f.line} ${f.rule}: ${f.text}`;

describe('no user-facing strings outside the catalogue', () => {
  it('finds the component files', () => {
    expect(FILES).toContain('src/ui/Explorer.tsx');
    expect(FILES).toContain('src/map/MapView.tsx');
  });

  it.each(FILES)('%s', (file) => {
    expect(findHardCodedText(file, readSource(file), KEYS).map(describeFinding)).toEqual([]);
  });
});

describe('the checker itself', () => {
  const check = (code: string, file = 'src/ui/Sample.tsx') => findHardCodedText(file, code, KEYS).map((f) => `${f.line} ${f.rule}: ${f.text}`);

  it('reports a hard-coded "Close" label, as text, as an attribute and as a string child', () => {
    const sample = [
      "import { useI18n } from '../i18n/I18nContext';",
      'export function Sample({ onClose, n }: { onClose(): void; n: number }) {',
      '  const tr = useI18n();',
      '  return (',
      '    <div className="panel" id="sample">',
      '      <button type="button" aria-label="Close" onClick={onClose}>×</button>',
      '      <button type="button" onClick={onClose}>Close</button>',
      "      <span title={n > 1 ? 'Close all' : tr.t('partnership.close')}>{n ?? 'none'}</span>",
      '      <img alt="Council logo" src="logo.png" />',
      '      <p>{tr.t(\'app.title\')} · {n}</p>',
      '    </div>',
      '  );',
      '}',
    ].join('\n');
    expect(check(sample)).toEqual(['6 attribute: aria-label="Close"', '7 jsx-text: Close', '8 attribute: title="Close all"', '8 jsx-string: none', '9 attribute: alt="Council logo"']);
  });

  it('reports keys the catalogue does not have, literal or as a template prefix', () => {
    const sample = [
      'export function Sample({ tr, id }: { tr: any; id: string }) {',
      "  const key = `services.${id}`;",
      '  return (',
      '    <ul>',
      "      <li>{tr.t('app.titel')}</li>",
      "      <li>{tr.tx(`regions.${id}`)}</li>",
      "      <li>{tr.tx(`region.${id}`)}</li>",
      "      <li>{tr.tx(key)}</li>",
      "      <li>{tr.t(id ? 'search.council' : 'search.counsel')}</li>",
      '    </ul>',
      '  );',
      '}',
    ].join('\n');
    expect(check(sample)).toEqual(['5 unknown-key: app.titel', '6 unknown-key-prefix: `regions.${id}`', '2 unknown-key-prefix: `services.${id}`', '9 unknown-key: search.counsel']);
  });

  it('reports text set outside JSX: setAttribute, DOM properties, Leaflet controls', () => {
    const sample = [
      "el.setAttribute('aria-label', 'Map of councils');",
      "el.setAttribute('class', 'map');",
      "el.textContent = 'Loading';",
      "L.control.zoom({ zoomInTitle: 'Zoom in', position: 'topright' });",
      "attribution.addAttribution('© OpenStreetMap');",
    ].join('\n');
    expect(check(sample, 'src/map/sample.ts')).toEqual([
      '1 dom-text: aria-label="Map of councils"',
      '3 dom-text: Loading',
      '4 dom-text: Zoom in',
      '5 dom-text: © OpenStreetMap',
    ]);
  });

  it('lets class names, ids, CSS values, keys, slugs and the listed symbols through', () => {
    const sample = [
      'export function Sample({ tr }: { tr: any }) {',
      '  return (',
      '    <div className="legend closed" id="legend-title" style={{ background: \'#5b6672\', width: \'50%\' }} role="region" aria-hidden="true">',
      "      <select value=\"\"><option value=\"north-east\">{tr.tx('region.north-east')}</option></select>",
      "      <span aria-hidden=\"true\">{true ? '▼' : '↕'}</span> ← {' · '} — ({tr.t('filters.open')})",
      '      <a href="https://example.org/a-page">{tr.t(\'footer.data\')}</a>',
      '    </div>',
      '  );',
      '}',
    ].join('\n');
    expect(check(sample)).toEqual([]);
  });

  it('reports an <option> value that is words, and symbols not on the list', () => {
    const sample = ['const a = <option value="All years">x</option>;', 'const b = <span>✓</span>;', 'const c = <button aria-label="×" />;'].join('\n');
    expect(check(sample)).toEqual(['1 attribute: value="All years"', '1 jsx-text: x', '2 jsx-text: ✓', '3 attribute: aria-label="×"']);
  });

  it('keeps the symbol allow-list small and free of letters and digits', () => {
    expect(ALLOWED_SYMBOLS.size).toBeLessThanOrEqual(8);
    for (const symbol of ALLOWED_SYMBOLS) expect(symbol).not.toMatch(/[\p{L}\p{N}]/u);
    expect(isUserText(' × ')).toBe(false);
    expect(isUserText('2025')).toBe(true);
    expect(isUserText('Cau')).toBe(true);
  });
});
