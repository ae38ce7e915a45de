import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { BenchHooks } from './pageScript';

// The bench's side of the page: pageScript.ts bundled into one plain script
// for addInitScript, and typed calls of what it installs (window.__bench).
// It is bundled rather than handed to Playwright as functions, because tsx
// compiles with esbuild's keepNames, which wraps named functions in a
// helper (__name) that does not exist in the page; a bundle has no helper
// of Node's and can be split into functions like any module.

const here = dirname(fileURLToPath(import.meta.url));
let bundled: Promise<string> | null = null;

/** The page script, bundled once per process: an IIFE that installs window.__bench. */
export function pageScript(): Promise<string> {
  bundled ??= build({
    stdin: { contents: `import { installBench } from './pageScript';\ninstallBench();\n`, resolveDir: here, sourcefile: 'bench-page.ts', loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}

type Method = { [K in keyof BenchHooks]: BenchHooks[K] extends (...args: never[]) => unknown ? K : never }[keyof BenchHooks];
type Hook<K extends Method> = BenchHooks[K] extends (...args: infer A) => infer R ? { args: A; result: Awaited<R> } : never;

/** Call a function of window.__bench in the page with JSON arguments. */
export function call<K extends Method>(page: Page, method: K, ...args: Hook<K>['args']): Promise<Hook<K>['result']> {
  return page.evaluate(`window.__bench.${method}(${args.map((a) => JSON.stringify(a)).join(', ')})`) as Promise<Hook<K>['result']>;
}

/** A JavaScript expression's value in the page. */
export function evaluate<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>;
}

/** A page with the bench's script installed, its CDP session, and the errors the page reports. */
export async function newBenchPage(context: BrowserContext): Promise<{ page: Page; cdp: CDPSession; errors: string[] }> {
  await context.addInitScript({ content: await pageScript() });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, cdp, errors };
}
