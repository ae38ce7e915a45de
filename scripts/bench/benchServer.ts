import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES, listenOnLoopback } from './staticServer';

// The benchmark's static server: serves a built app from 127.0.0.1 as a
// static host would, gzipped when the request accepts it (so the transfer
// sizes Chromium reports are real), with nothing cached by the browser
// between runs. Files can be swapped per request path, which is how one
// build is served with a synthetic data/partnerships.json: the app itself is
// never changed. Compressed bodies are made once per file and kept, so
// compressing a 35 MB file does not count in the page's load time.


const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.csv', '.svg']);

export interface BenchServer {
  url: string;
  server: Server;
  /** Every response: path, bytes of body sent, and whether gzipped. */
  log: { path: string; bytes: number; gzip: boolean }[];
  /** Serve `file` (an absolute path) for request `path` (e.g. "/data/partnerships.json"); null restores the folder's own. */
  override(path: string, file: string | null): void;
  /** Compress ahead of time, so the first request does not wait for it. */
  warm(path: string): void;
  close(): Promise<void>;
}

interface Body {
  raw: Buffer;
  gzip: Buffer | null;
  key: string;
}

/** Serve a folder on 127.0.0.1 at a free port, with gzip and per-path overrides. */
export async function serveBench(root: string, options: { gzipLevel?: number } = {}): Promise<BenchServer> {
  const overrides = new Map<string, string>();
  const cache = new Map<string, Body>();
  const log: BenchServer['log'] = [];
  const level = options.gzipLevel ?? 6;

  function resolveFile(path: string): string | null {
    const override = overrides.get(path);
    if (override) return override;
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return null;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    return existsSync(file) ? file : null;
  }

  function body(file: string): Body {
    const info = statSync(file);
    const key = `${info.size}:${info.mtimeMs}`;
    const cached = cache.get(file);
    if (cached?.key === key) return cached;
    const raw = readFileSync(file);
    const entry = { raw, gzip: COMPRESSIBLE.has(extname(file)) ? gzipSync(raw, { level }) : null, key };
    cache.set(file, entry);
    return entry;
  }

  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = resolveFile(path);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      log.push({ path, bytes: 9, gzip: false });
      return;
    }
    const { raw, gzip } = body(file);
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const sent = gzip && acceptsGzip ? gzip : raw;
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': String(sent.length),
      'Cache-Control': 'no-store',
      Vary: 'Accept-Encoding',
      ...(sent === gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : sent);
    log.push({ path, bytes: sent.length, gzip: sent === gzip });
  });
  return {
    url: await listenOnLoopback(server),
    server,
    log,
    override(path, file) {
      if (file) overrides.set(path, file);
      else overrides.delete(path);
    },
    warm(path) {
      const file = resolveFile(path);
      if (file) body(file);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
