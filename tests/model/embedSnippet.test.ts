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
        '<iframe src="https://maps.example.org/ssm/?council=E10000014&amp;services=ict,legal&amp;year=2019&amp;embed=1&amp;height=500" title="Shared Services Map: &quot;Hampshire&quot; &amp; co" width="100%" height="500" frameborder="0" loading="lazy" allow="clipboard-write"></iframe>',
        '<script src="https://maps.example.org/ssm/embed.js" async></script>',
      ].join('\n'),
    );
    expect(html).not.toMatch(/style=/);
  });

  it('gives the full map’s address without the embed options', () => {
    expect(viewUrl(root, { ...DEFAULT_STATE, council: 'E10000014' })).toBe('https://maps.example.org/ssm/?council=E10000014');
    expect(viewUrl(root, DEFAULT_STATE)).toBe(root);
  });
});
