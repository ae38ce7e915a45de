import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveFolder, type StaticServer } from '../../scripts/bench/staticServer';

// The end-to-end tests open the production build. `npm test` builds it
// first; run `npm run build` before running this project on its own.

const dist = join(__dirname, '..', '..', 'dist');
let server: StaticServer | undefined;

export default async function setup(project: TestProject) {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` before the end-to-end tests (npm test does).');
  }
  server = await serveFolder(dist);
  project.provide('appUrl', server.url);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}
