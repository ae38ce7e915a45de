import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset paths, so the build works from any sub-folder of any static host.
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    // No inline scripts or styles, for a strict Content-Security-Policy.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
