import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { DATA_DIR, DATA_FILES, FIRST_VIEW_FILES } from '../../src/shared/dataFiles';

// What the benchmark does in the page. The app is not changed: this script
// is added before the app's own (page.addInitScript) and only watches.
//
// - Every performance.mark('links-drawn') the link canvas makes is recorded
//   (with its detail: links, lines drawn, grouped or not) with the time of
//   the requestAnimationFrame callback that follows it: that
//   callback runs at the start of the next frame, once the frame showing the
//   draw has been produced, so "input → that callback" is "input → the frame
//   with the new highlighting".
// - Every click's event.timeStamp is recorded (capture phase, on window), in
//   the same time base as performance.now() and the marks.
// - Leaflet sets window.L when its module runs; a setter on window.L adds an
//   init hook to L.Map, so the benchmark can ask the map where a council is
//   on screen (map.latLngToContainerPoint) and zoom it during setup.
//
// The script is plain JavaScript in a string rather than functions passed to
// page.evaluate: tsx compiles this file with esbuild's keepNames, which wraps
// named functions in a helper that does not exist in the page.

export const PAGE_SCRIPT = String.raw`(() => {
  if (window.__bench) return;
  const bench = { draws: [], clicks: [], maps: [], frames: null };
  Object.defineProperty(window, '__bench', { value: bench });

  let leaflet;
  Object.defineProperty(window, 'L', {
    configurable: true,
    enumerable: true,
    get() { return leaflet; },
    set(value) {
      leaflet = value;
      if (value && value.Map && value.Map.addInitHook && !value.Map.__benchHooked) {
        value.Map.__benchHooked = true;
        value.Map.addInitHook(function () { bench.maps.push(this); });
      }
    },
  });

  const mark = performance.mark.bind(performance);
  performance.mark = function (name, options) {
    const entry = mark(name, options);
    if (name === 'links-drawn') {
      const detail = (options && options.detail) || {};
      const markTime = entry.startTime;
      const draw = { mark: markTime, frame: 0, links: detail.links ?? null, drawn: detail.drawn ?? null, grouped: detail.grouped ?? null };
      requestAnimationFrame(() => {
        draw.frame = performance.now();
        bench.draws.push(draw);
      });
    }
    return entry;
  };
  addEventListener('click', (event) => bench.clicks.push(event.timeStamp), true);

  bench.lastDraw = () => (bench.draws.length ? bench.draws[bench.draws.length - 1] : null);

  /** Resolves once no draw has happened for quietMs (or after timeoutMs). */
  bench.settle = (quietMs, timeoutMs) => new Promise((resolve) => {
    const start = performance.now();
    const check = () => {
      const now = performance.now();
      const last = bench.draws.length ? bench.draws[bench.draws.length - 1].frame : 0;
      if (now - Math.max(last, start) >= quietMs || now - start > timeoutMs) resolve(now - start);
      else setTimeout(check, 25);
    };
    setTimeout(check, 25);
  });

  /** Resolves with the first draw whose mark follows time t (performance.now() base). */
  bench.waitDraw = (t, timeoutMs) => new Promise((resolve) => {
    const start = performance.now();
    const check = () => {
      const draw = bench.draws.find((d) => d.mark > t);
      if (draw) resolve(draw);
      else if (performance.now() - start > timeoutMs) resolve(null);
      else setTimeout(check, 5);
    };
    check();
  });

  bench.startFrames = () => {
    const frames = [];
    bench.frames = frames;
    const loop = (time) => {
      if (bench.frames !== frames) return;
      frames.push(time);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };
  bench.stopFrames = () => {
    const frames = bench.frames || [];
    bench.frames = null;
    return frames;
  };

  bench.mapInfo = () => {
    const map = bench.maps[0];
    if (!map) return null;
    const rect = map.getContainer().getBoundingClientRect();
    return { zoom: map.getZoom(), maxZoom: map.getMaxZoom(), left: rect.left, top: rect.top, width: rect.width, height: rect.height };
  };

  bench.view = () => {
    const map = bench.maps[0];
    const centre = map.getCenter();
    return { lon: centre.lng, lat: centre.lat, zoom: map.getZoom() };
  };

  bench.zoomTo = (lon, lat, zoom) => {
    const map = bench.maps[0];
    map.setView([lat, lon], Math.min(map.getMaxZoom(), zoom), { animate: false });
    return map.getZoom();
  };

  /**
   * For each council in order ({ code, lon, lat }), a point of the page
   * inside its shape, as near its point as possible, where a click selects
   * it: the shape is the polygon on the map containing the council's point,
   * and the click point must be on land (the boundaries canvas is drawn
   * there), have the boundaries canvas topmost (no key or control over it)
   * and no link drawn within free pixels (so the click selects the council,
   * not a link). Returns the first council that has one, or null.
   */
  /** The pixels of the link canvas and of the council shapes' canvas, and the alpha at a page point. */
  bench.readCanvases = () => {
    // The first link canvas is the base (every link not on top); the overlay of highlighted links follows it.
    const linkCanvas = document.querySelector('canvas.link-canvas');
    const shapes = Array.from(document.querySelectorAll('.leaflet-overlay-pane canvas')).find((c) => !c.classList.contains('link-canvas'));
    if (!linkCanvas || !shapes) return null;
    const read = (canvas) => {
      const rect = canvas.getBoundingClientRect();
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      return { rect, data, width: canvas.width, height: canvas.height, sx: canvas.width / rect.width, sy: canvas.height / rect.height };
    };
    const alpha = (img, pageX, pageY) => {
      const x = Math.round((pageX - img.rect.left) * img.sx);
      const y = Math.round((pageY - img.rect.top) * img.sy);
      if (x < 0 || y < 0 || x >= img.width || y >= img.height) return 0;
      return img.data[(y * img.width + x) * 4 + 3];
    };
    return { links: read(linkCanvas), land: read(shapes), alpha };
  };

  bench.findClickableCouncil = (councils, free) => {
    const map = bench.maps[0];
    if (!map) return null;
    const container = map.getContainer();
    const cRect = container.getBoundingClientRect();
    const pixels = bench.readCanvases();
    if (!pixels) return null;
    const { links, land, alpha } = pixels;
    // The app's council shapes are one canvas layer that answers hitTest(containerPoint) and boundsOf(codes).
    let boundary = null;
    map.eachLayer((layer) => {
      if (typeof layer.hitTest === 'function' && typeof layer.boundsOf === 'function') boundary = layer;
    });
    if (!boundary) return null;
    for (const council of councils) {
      const target = map.latLngToContainerPoint([council.lat, council.lon]);
      if (target.x < 0 || target.y < 0 || target.x > cRect.width || target.y > cRect.height) continue;
      if (boundary.hitTest({ x: target.x, y: target.y }) !== council.code) continue;
      const area = boundary.boundsOf([council.code]);
      if (!area) continue;
      const a = map.latLngToContainerPoint(area.getNorthWest());
      const b = map.latLngToContainerPoint(area.getSouthEast());
      const x0 = Math.max(free, Math.floor(Math.min(a.x, b.x)));
      const x1 = Math.min(cRect.width - free, Math.ceil(Math.max(a.x, b.x)));
      const y0 = Math.max(free, Math.floor(Math.min(a.y, b.y)));
      const y1 = Math.min(cRect.height - free, Math.ceil(Math.max(a.y, b.y)));
      // Whole page pixels: mouse events carry integer coordinates.
      const inside = (pageX, pageY) => alpha(land, pageX, pageY) >= 200 && boundary.hitTest({ x: pageX - cRect.left, y: pageY - cRect.top }) === council.code;
      let best = null;
      for (let y = Math.round(cRect.top + y0); y <= cRect.top + y1; y += 2) {
        for (let x = Math.round(cRect.left + x0); x <= cRect.left + x1; x += 2) {
          const d = Math.hypot(x - cRect.left - target.x, y - cRect.top - target.y);
          if (best && d >= best.distance) continue;
          const pageX = x;
          const pageY = y;
          if (alpha(links, pageX, pageY) > 0 || !inside(pageX, pageY)) continue;
          // Well inside the shape, not on its edge.
          if (!inside(pageX - 3, pageY) || !inside(pageX + 3, pageY) || !inside(pageX, pageY - 3) || !inside(pageX, pageY + 3)) continue;
          let clear = true;
          for (let fy = -free; fy <= free && clear; fy++) {
            for (let fx = -free; fx <= free; fx++) {
              if (alpha(links, pageX + fx, pageY + fy) > 0) { clear = false; break; }
            }
          }
          if (!clear) continue;
          // Nothing of the page (a control, the key) over the map there.
          const over = document.elementFromPoint(pageX, pageY);
          if (!over || !container.contains(over) || over.closest('.leaflet-control, .legend, .year-badge')) continue;
          best = { code: council.code, x: pageX, y: pageY, distance: d };
        }
      }
      if (best) return best;
    }
    return null;
  };

  /**
   * Where on the map the most land is free of links: the [lon, lat] of the
   * 32-pixel cell of the view with the most land pixels no link is drawn on.
   * The benchmark zooms in there when links cover every council.
   */
  bench.freestLand = () => {
    const map = bench.maps[0];
    const cRect = map.getContainer().getBoundingClientRect();
    const pixels = bench.readCanvases();
    if (!pixels) return null;
    const { links, land, alpha } = pixels;
    const CELL = 32;
    let best = null;
    for (let cy = 0; cy + CELL <= cRect.height; cy += CELL) {
      for (let cx = 0; cx + CELL <= cRect.width; cx += CELL) {
        let free = 0;
        for (let y = cy; y < cy + CELL; y += 2) {
          for (let x = cx; x < cx + CELL; x += 2) {
            const pageX = cRect.left + x;
            const pageY = cRect.top + y;
            if (alpha(land, pageX, pageY) >= 200 && alpha(links, pageX, pageY) === 0) free++;
          }
        }
        if (!best || free > best.free) best = { free, x: cx + CELL / 2, y: cy + CELL / 2 };
      }
    }
    if (!best || best.free === 0) return null;
    const point = map.containerPointToLatLng([best.x, best.y]);
    return { lon: point.lng, lat: point.lat, free: best.free };
  };
})();`;

export interface Draw {
  /** performance.now() time of the links-drawn mark. */
  mark: number;
  /** Time of the requestAnimationFrame callback after it. */
  frame: number;
  links: number | null;
  /** Lines drawn, and whether they were groups of links (when the app says). */
  drawn: number | null;
  grouped: boolean | null;
}

/** Call a function of window.__bench in the page with JSON arguments. */
export function call<T>(page: Page, method: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(`window.__bench.${method}(${args.map((a) => JSON.stringify(a)).join(', ')})`) as Promise<T>;
}

export function evaluate<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>;
}

export async function newBenchPage(context: BrowserContext): Promise<{ page: Page; cdp: CDPSession; errors: string[] }> {
  await context.addInitScript({ content: PAGE_SCRIPT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, cdp, errors };
}

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
