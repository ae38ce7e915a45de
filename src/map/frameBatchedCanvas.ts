import type L from 'leaflet';
import { LeafletCanvas } from './leafletCanvas';

// Redraws batched into one per animation frame: a filter, a focus and a
// hover may all change in the same task, and each asks for a redraw; the
// canvas draws once, in the next frame, with what is true by then.

/** Runs a callback at the next animation frame, once however often it is asked for before then. */
export class FrameBatch {
  private handle = 0;

  constructor(private readonly run: () => void) {}

  /** Whether a run is waiting for its frame. */
  get pending(): boolean {
    return this.handle !== 0;
  }

  request(): void {
    if (this.handle) return;
    this.handle = requestAnimationFrame(() => {
      this.handle = 0;
      this.run();
    });
  }

  cancel(): void {
    if (this.handle) cancelAnimationFrame(this.handle);
    this.handle = 0;
  }
}

/** A canvas layer that draws at most once a frame, and only while on a map. */
export abstract class FrameBatchedCanvas extends LeafletCanvas {
  private readonly drawBatch = new FrameBatch(() => this.drawFrame());

  /** Draw at the next frame; several requests in one frame draw once. Off a map, nothing. */
  requestDraw(): void {
    if (this.currentMap) this.drawBatch.request();
  }

  /** Forget a requested draw (when drawing now instead). */
  protected cancelRequestedDraw(): void {
    this.drawBatch.cancel();
  }

  /** The batched draw, run in the frame. */
  protected abstract drawFrame(): void;

  override onRemove(map: L.Map): this {
    this.drawBatch.cancel();
    return super.onRemove(map);
  }
}
