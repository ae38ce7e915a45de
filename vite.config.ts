import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineOutline } from './scripts/build/outlineSvg';
import { bundledPackages, LICENCES_FILE, licencesText } from './scripts/build/thirdPartyLicences';
import { DATA_DIR, DATA_FILES } from './src/shared/dataFiles';

const START_DATA_REQUESTS = 'src/startDataRequests.ts';

/**
 * index.html's first script, src/startDataRequests.ts, which asks for the
 * first view's data once the shell has painted (see
 * src/data/firstViewRequests.ts). An entry of its own: a second script in the
 * page would be bundled into the app's, and run only once all of it had
 * downloaded.
 */
function startDataRequestsFirst(): Plugin {
  return {
    name: 'start-data-requests-first',
    config: () => ({ build: { rollupOptions: { input: { index: 'index.html', startDataRequests: START_DATA_REQUESTS } } } }),
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const built = Object.values(bundle ?? {}).find((file) => file.type === 'chunk' && file.isEntry && file.facadeModuleId?.endsWith(START_DATA_REQUESTS));
        // Relative in the build (for any sub-folder); the source file under the dev server.
        const src = built ? `./${built.fileName}` : `/${START_DATA_REQUESTS}`;
        // Ahead of the app's script, so it is asked for first; async, so it runs as soon as it arrives rather than after the app's.
        return html.replace('</title>', `</title>\n    <script type="module" async crossorigin src="${src}"></script>`);
      },
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
  plugins: [react(), startDataRequestsFirst(), inlineShellOutline(), thirdPartyLicences()],
  build: {
    target: 'es2022',
    // No inline scripts or styles, for a strict Content-Security-Policy.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
};
