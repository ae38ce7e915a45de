import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Function names in a profile come from the unminified build the bench makes
// for profiling; each is placed in its source module by the "// path"
// comments Rolldown writes at the start of every module in unminified output.

/** Maps a (0-based) line of a bundle to the module it came from, from Rolldown's "// path" comments. */
export function moduleMap(bundle: string): (line: number) => string {
  const starts: { line: number; module: string }[] = [];
  bundle.split('\n').forEach((text, line) => {
    const match = /^\/\/ (\S+\.(?:[cm]?js|tsx?|jsx))$/.exec(text) ?? /^\/\/ (\\0\S+)$/.exec(text);
    if (match) starts.push({ line, module: match[1]!.replace(/^node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '') });
  });
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = '';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]!.line <= line) {
        found = starts[mid]!.module;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/** Module of a line of any script in a build's assets/ folder, by the script's URL. */
export function buildModules(dist: string): (url: string, line: number) => string {
  const maps = new Map<string, (line: number) => string>();
  for (const file of readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'))) {
    maps.set(file, moduleMap(readFileSync(join(dist, 'assets', file), 'utf8')));
  }
  return (url, line) => {
    const file = /\/assets\/([^/?#]+\.js)/.exec(url)?.[1];
    return (file && maps.get(file)?.(line)) || '';
  };
}
