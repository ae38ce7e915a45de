import { vi } from 'vitest';

// jsdom has no canvas drawing (getContext returns null) and no Path2D. For
// tests of the map's canvas layers: a 2D context and a Path2D that record
// what they are told, so a test can check what a layer draws, not how it
// looks (real drawing is checked in Chromium, tests/e2e/map.test.ts).

export type Call = [name: string, ...args: unknown[]];

/** A Path2D that records its calls. */
export class RecordingPath {
  readonly calls: Call[] = [];
  moveTo(...args: number[]) {
    this.calls.push(['moveTo', ...args]);
  }
  lineTo(...args: number[]) {
    this.calls.push(['lineTo', ...args]);
  }
  quadraticCurveTo(...args: number[]) {
    this.calls.push(['quadraticCurveTo', ...args]);
  }
  arc(...args: number[]) {
    this.calls.push(['arc', ...args]);
  }
  closePath() {
    this.calls.push(['closePath']);
  }
}

/** A 2D context that records its method calls, and the style in force at each stroke and fill. */
export function recordingContext() {
  const calls: Call[] = [];
  const strokes: { path: unknown; strokeStyle: unknown; lineWidth: unknown; dash: number[]; dashOffset: unknown; lineCap: unknown; lineJoin: unknown }[] = [];
  const fills: { path: unknown; fillStyle: unknown; globalAlpha: unknown }[] = [];
  let dash: number[] = [];
  const state: Record<string, unknown> = { strokeStyle: '', fillStyle: '', lineWidth: 1, globalAlpha: 1, lineDashOffset: 0, lineCap: 'butt', lineJoin: 'miter' };
  const methods: Record<string, (...args: unknown[]) => unknown> = {
    setLineDash: (d) => {
      dash = [...(d as number[])];
    },
    stroke: (path) => {
      strokes.push({ path, strokeStyle: state.strokeStyle, lineWidth: state.lineWidth, dash, dashOffset: state.lineDashOffset, lineCap: state.lineCap, lineJoin: state.lineJoin });
    },
    fill: (path) => {
      fills.push({ path, fillStyle: state.fillStyle, globalAlpha: state.globalAlpha });
    },
    isPointInPath: () => false,
  };
  const ctx = new Proxy(state, {
    get(target, name: string) {
      if (name in target) return target[name];
      return (...args: unknown[]) => {
        calls.push([name, ...args]);
        return methods[name]?.(...args);
      };
    },
    set(target, name: string, value) {
      target[name] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  /** Make a method answer as given (isPointInPath answers false until told). */
  const answer = (name: string, fn: (...args: unknown[]) => unknown) => {
    methods[name] = fn;
  };
  return { ctx, calls, strokes, fills, answer, count: (name: string) => calls.filter(([n]) => n === name).length };
}

export type RecordingContext = ReturnType<typeof recordingContext>;

/**
 * Give every canvas a recording context and install the recording Path2D;
 * returns the contexts by canvas, in the order they were asked for.
 */
export function installCanvasRecorders(): Map<HTMLCanvasElement, RecordingContext> {
  const contexts = new Map<HTMLCanvasElement, RecordingContext>();
  vi.stubGlobal('Path2D', RecordingPath);
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
    let recorder = contexts.get(this);
    if (!recorder) {
      recorder = recordingContext();
      contexts.set(this, recorder);
    }
    return recorder.ctx as never;
  });
  return contexts;
}

/** A map container of a given size (jsdom lays nothing out, so Leaflet would see 0 × 0). */
export function sizedContainer(width = 800, height = 600): HTMLDivElement {
  const div = document.createElement('div');
  Object.defineProperty(div, 'clientWidth', { configurable: true, value: width });
  Object.defineProperty(div, 'clientHeight', { configurable: true, value: height });
  document.body.append(div);
  return div;
}
