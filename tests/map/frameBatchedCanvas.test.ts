import L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FrameBatch, FrameBatchedCanvas } from '../../src/map/frameBatchedCanvas';
import { installCanvasRecorders, sizedContainer } from '../helpers/canvas';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('FrameBatch', () => {
  it('runs once at the next frame, however often it is asked before then', () => {
    const run = vi.fn();
    const batch = new FrameBatch(run);
    batch.request();
    batch.request();
    batch.request();
    expect(batch.pending).toBe(true);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    expect(run).toHaveBeenCalledTimes(1);
    expect(batch.pending).toBe(false);
  });

  it('runs again when asked again after its frame', () => {
    const run = vi.fn();
    const batch = new FrameBatch(run);
    batch.request();
    vi.advanceTimersToNextFrame();
    batch.request();
    vi.advanceTimersToNextFrame();
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('does not run once cancelled', () => {
    const run = vi.fn();
    const batch = new FrameBatch(run);
    batch.request();
    batch.cancel();
    expect(batch.pending).toBe(false);
    vi.advanceTimersToNextFrame();
    expect(run).not.toHaveBeenCalled();
  });
});

class CountingCanvas extends FrameBatchedCanvas {
  frames = 0;
  protected drawView(): void {}
  protected drawFrame(): void {
    this.frames++;
  }
}

describe('FrameBatchedCanvas', () => {
  it('draws nothing while off a map', () => {
    const canvas = new CountingCanvas();
    canvas.requestDraw();
    vi.advanceTimersToNextFrame();
    expect(canvas.frames).toBe(0);
  });

  it('draws once a frame on a map, and not after it is removed', () => {
    installCanvasRecorders();
    const map = L.map(sizedContainer(), { center: [52, -1], zoom: 6 });
    const canvas = new CountingCanvas().addTo(map);
    canvas.requestDraw();
    canvas.requestDraw();
    vi.advanceTimersToNextFrame();
    expect(canvas.frames).toBe(1);
    canvas.requestDraw();
    canvas.remove();
    vi.advanceTimersToNextFrame();
    expect(canvas.frames).toBe(1);
    map.remove();
  });
});
