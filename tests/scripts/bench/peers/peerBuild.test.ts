import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPeers, pageHtml, peerPath, PEER_PAGES } from '../../../../scripts/bench/peers/peerBuild';

describe('the reference pages’ build', () => {
  it('writes a page with the map, the filter button the bench clicks, and its script', () => {
    const html = pageHtml('Plain Leaflet on canvas', true);
    expect(html).toContain('<div id="map"></div>');
    expect(html).toContain('class="legend-service"');
    expect(html).toContain('<script type="module" src="main.js"></script>');
    expect(html).toContain('href="main.css"');
    expect(pageHtml('deck.gl', false)).not.toContain('main.css');
    expect(peerPath('deck')).toBe('/peers/deck/index.html');
    expect(PEER_PAGES.map((p) => p.name)).toEqual(['leaflet', 'deck']);
  });

  it('bundles each page with its library into a temporary folder, and removes it', async () => {
    const built = await buildPeers();
    try {
      expect(built.dir).not.toContain('dist');
      for (const name of ['leaflet', 'deck'] as const) {
        const script = built.files.get(peerPath(name, 'main.js'))!;
        expect(existsSync(script)).toBe(true);
        expect(built.files.get(built.paths[name])).toBeDefined();
      }
      // Each bundle holds its own library and none of the other's.
      const leaflet = readFileSync(built.files.get(peerPath('leaflet', 'main.js'))!, 'utf8');
      const deck = readFileSync(built.files.get(peerPath('deck', 'main.js'))!, 'utf8');
      expect(leaflet).toContain('Leaflet 1.9.4');
      expect(deck).not.toContain('Leaflet 1.9.4');
      expect(deck).toContain('deck.gl');
      expect(built.files.has(peerPath('leaflet', 'main.css'))).toBe(true);
    } finally {
      built.remove();
    }
    expect(existsSync(built.dir)).toBe(false);
  }, 60_000);
});
