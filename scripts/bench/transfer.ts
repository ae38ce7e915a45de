import type { CDPSession } from 'playwright-core';
import { DATA_DIR, DATA_FILES, FIRST_VIEW_FILES } from '../../src/shared/dataFiles';

// The bytes of the first view, as Chromium received them (CDP Network events).

export interface Transfer {
  js: number;
  css: number;
  data: number;
  other: number;
  /** Per request: path, kind and encoded bytes (headers and body, as Chromium counts them). */
  requests: { path: string; kind: keyof Omit<Transfer, 'requests'>; bytes: number }[];
}

const FIRST_VIEW_DATA = new Set<string>(FIRST_VIEW_FILES.map((key) => DATA_FILES[key]));

/** JavaScript, CSS, the first view's data files (partnership details load after it), or anything else. */
export function kindOf(path: string): 'js' | 'css' | 'data' | 'other' {
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.css$/.test(path)) return 'css';
  const data = new RegExp(`(^|/)${DATA_DIR}/([^/]+\\.json)$`).exec(path);
  if (data && FIRST_VIEW_DATA.has(data[2]!)) return 'data';
  return 'other';
}

/** Counts bytes over the network from CDP Network events until stop() is called. */
export async function watchTransfer(cdp: CDPSession, origin: string): Promise<{ stop(): Transfer }> {
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  const transfer: Transfer = { js: 0, css: 0, data: 0, other: 0, requests: [] };
  let open = true;
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  cdp.on('Network.loadingFinished', (event) => {
    const url = urls.get(event.requestId);
    if (!open || !url || !url.startsWith(origin)) return;
    const path = new URL(url).pathname;
    const kind = kindOf(path);
    transfer[kind] += event.encodedDataLength;
    transfer.requests.push({ path, kind, bytes: event.encodedDataLength });
  });
  return {
    stop() {
      open = false;
      return transfer;
    },
  };
}
