import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineOutline } from './scripts/build/outlineSvg';
import { bundledPackages, LICENCES_FILE, licencesText } from './scripts/build/thirdPartyLicences';
import { DATA_DIR, DATA_FILES, FIRST_VIEW_FILES } from './src/shared/dataFiles';

/**
 * Preload the first view's data from index.html, so it downloads while the
 * script loads rather than after it runs. Added after Vite has processed the
 * page, so the relative addresses stay relative (for any sub-folder) and are
 * not mistaken for files of the project's own data/ folder.
 */
function preloadFirstViewData(): Plugin {
  return {
    name: 'preload-first-view-data',
    transformIndexHtml: {
      order: 'post',
      handler: () =>
        FIRST_VIEW_FILES.map((key) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `./${DATA_DIR}/${DATA_FILES[key]}`, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head' as const,
        })),
    },
  };
}

/**
 * The land's outline that index.html's shell shows before any script runs,
 * written into the page (a data: address, which the recommended policy's
 * img-src allows), so the first paint waits for no request. Without the data
 * built, the page keeps the file's address.
 */
function inlineShellOutline(): Plugin {
  const file = `${DATA_DIR}/${DATA_FILES.outline}`;
  return {
    name: 'inline-shell-outline',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const svg = join(process.cwd(), 'public', file);
        return existsSync(svg) ? inlineOutline(html, file, readFileSync(svg, 'utf8')) : html;
      },
    },
  };
}

/** Write the licences of every bundled package next to the build (see scripts/build/thirdPartyLicences.ts). */
function thirdPartyLicences(): Plugin {
  return {
    name: 'third-party-licences',
    apply: 'build',
    generateBundle(_options, bundle) {
      const ids = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? file.moduleIds : []));
      this.emitFile({ type: 'asset', fileName: LICENCES_FILE, source: licencesText(bundledPackages(ids)) });
    },
  };
}

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
  plugins: [react(), preloadFirstViewData(), inlineShellOutline(), thirdPartyLicences()],
  build: {
    target: 'es2022',
    // No inline scripts or styles, for a strict Content-Security-Policy.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
};
