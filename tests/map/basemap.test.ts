import { describe, expect, it } from 'vitest';
import { basemapSettings } from '../../src/map/basemap';

describe('basemapSettings', () => {
  it('is off by default', () => {
    expect(basemapSettings({})).toBeNull();
  });

  it('needs both the URL template and the attribution', () => {
    expect(basemapSettings({ VITE_BASEMAP_URL: 'https://t.example.org/{z}/{x}/{y}.png' })).toBeNull();
    expect(basemapSettings({ VITE_BASEMAP_ATTRIBUTION: '© Someone' })).toBeNull();
    expect(basemapSettings({ VITE_BASEMAP_URL: 'https://t.example.org/{z}/{x}/{y}.png', VITE_BASEMAP_ATTRIBUTION: '© Someone' })).toEqual({
      url: 'https://t.example.org/{z}/{x}/{y}.png',
      attribution: '© Someone',
    });
  });
});
