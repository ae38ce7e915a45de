import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  if (Boolean(env.VITE_BASEMAP_URL) !== Boolean(env.VITE_BASEMAP_ATTRIBUTION)) {
    throw new Error('A basemap needs both VITE_BASEMAP_URL and VITE_BASEMAP_ATTRIBUTION (its licence requires the attribution).');
  }
  return config;
});

const config: import('vite').UserConfig = {
  // Relative asset paths, so the build works from any sub-folder of any static host.
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    // No inline scripts or styles, for a strict Content-Security-Policy.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
};
