import { createRequire } from 'node:module';

type PageWindow = Window & typeof globalThis & { eval(code: string): unknown; close(): void };
// jsdom is a test dependency without types of its own; only its constructor is needed.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string, options: object) => { window: PageWindow } };

/** A page window for the bench's page script: jsdom, with frames and the performance.mark jsdom lacks. */
export function benchWindow(): { dom: { window: PageWindow }; win: PageWindow } {
  const dom = new JSDOM('<!doctype html><body></body>', { pretendToBeVisual: true, runScripts: 'outside-only' });
  const win = dom.window;
  Object.assign(win.performance, { mark: (name: string) => ({ name, startTime: win.performance.now() }) });
  return { dom, win };
}
