import { EventEmitter } from 'node:events';
import type { CDPSession } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { kindOf, watchTransfer } from '../../../scripts/bench/transfer';

describe('kindOf', () => {
  it('tells scripts, styles and the first view’s data from the rest', () => {
    expect(kindOf('/assets/index-abc.js')).toBe('js');
    expect(kindOf('/assets/index.css')).toBe('css');
    expect(kindOf('/data/councils.json')).toBe('data');
    expect(kindOf('/sub/data/partnerships.json')).toBe('data');
    // The details load after the first view.
    expect(kindOf('/data/partnership-details.json')).toBe('other');
    expect(kindOf('/index.html')).toBe('other');
  });
});

describe('watchTransfer', () => {
  it('adds up the bytes of the app’s own requests by kind until stopped', async () => {
    const cdp = Object.assign(new EventEmitter(), { send: async () => ({}) });
    const watcher = await watchTransfer(cdp as unknown as CDPSession, 'http://127.0.0.1:1');
    const load = (requestId: string, url: string, bytes: number) => {
      cdp.emit('Network.requestWillBeSent', { requestId, request: { url } });
      cdp.emit('Network.loadingFinished', { requestId, encodedDataLength: bytes });
    };
    load('1', 'http://127.0.0.1:1/assets/a.js', 100);
    load('2', 'http://127.0.0.1:1/data/councils.json', 50);
    load('3', 'https://tiles.example/1/2/3.png', 999);
    const transfer = watcher.stop();
    load('4', 'http://127.0.0.1:1/assets/late.js', 7);
    expect(transfer).toMatchObject({ js: 100, data: 50, css: 0, other: 0 });
    expect(transfer.requests).toEqual([
      { path: '/assets/a.js', kind: 'js', bytes: 100 },
      { path: '/data/councils.json', kind: 'data', bytes: 50 },
    ]);
  });
});
