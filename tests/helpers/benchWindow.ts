import { JSDOM } from 'jsdom';

/** A page window for the bench's page script: jsdom, with frames and the performance.mark jsdom lacks. */
export function benchWindow(): { dom: JSDOM; win: Window & typeof globalThis } {
  const dom = new JSDOM('<!doctype html><body></body>', { pretendToBeVisual: true, runScripts: 'outside-only' });
  const win = dom.window as unknown as Window & typeof globalThis;
  Object.assign(win.performance, { mark: (name: string) => ({ name, startTime: win.performance.now() }) });
  return { dom, win };
}
