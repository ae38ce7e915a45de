import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, viewUrl } from '../../src/model/embedSnippet';
import { DEFAULT_STATE } from '../../src/model/viewState';

const root = 'https://maps.example.org/ssm/';
const state = { ...DEFAULT_STATE, council: 'E10000014', services: ['ict', 'legal'], year: 2019, view: 'table' as const };

describe('embed snippet', () => {
  it('points the iframe at the current view with the embed options', () => {
    expect(embedUrl(root, state, { height: 600, list: true, lang: 'cy', accent: '#8a1538' })).toBe(
      'https://maps.example.org/ssm/?council=E10000014&services=ict,legal&year=2019&lang=cy&embed=1&list=1&height=600&accent=8a1538',
    );
  });

  it('writes an iframe with a title and a height, and the resize script', () => {
    const html = embedSnippet(root, state, { height: 500, list: false, lang: 'en', accent: null }, 'Shared Services Map: "Hampshire" & co');
    expect(html).toBe(
      [
        '<iframe src="https://maps.example.org/ssm/?council=E10000014&amp;services=ict,legal&amp;year=2019&amp;embed=1&amp;height=500" title="Shared Services Map: &quot;Hampshire&quot; &amp; co" height="500" style="width: 100%; border: 0" loading="lazy" allow="clipboard-write"></iframe>',
        '<script src="https://maps.example.org/ssm/embed.js" async></script>',
      ].join('\n'),
    );
  });

  it('is valid HTML: no width in percent, no obsolete frameborder', async () => {
    const html = embedSnippet(root, state, { height: 500, list: true, lang: 'cy', accent: '#8a1538' }, 'Map Gwasanaethau a Rennir');
    const report = await new HtmlValidate({ extends: ['html-validate:standard'] }).validateString(
      `<!doctype html><html lang="en"><head><title>Host</title></head><body>${html}</body></html>`,
    );
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    // The check can fail: the old snippet's attributes are refused.
    const old = await new HtmlValidate({ extends: ['html-validate:standard'] }).validateString(
      '<!doctype html><html lang="en"><head><title>Host</title></head><body><iframe src="x" title="t" width="100%" frameborder="0"></iframe></body></html>',
    );
    expect(old.results.flatMap((r) => r.messages.map((m) => m.ruleId)).sort()).toEqual(['attribute-allowed-values', 'no-deprecated-attr']);
  });

  it('gives the full map’s address without the embed options', () => {
    expect(viewUrl(root, { ...DEFAULT_STATE, council: 'E10000014' })).toBe('https://maps.example.org/ssm/?council=E10000014');
    expect(viewUrl(root, DEFAULT_STATE)).toBe(root);
  });
});
