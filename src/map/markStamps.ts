import { runWhenIdle } from './idleWork';
import { CASING, ENDPOINT_FILL } from './palette';

/** The colour of a cluster's number. */
export const NUMBER_FILL = '#1b1f24';

// Single marks, and clusters' numbers, stamped from small images drawn once,
// rather than traced as three circles each or set in type each time. Chromium's canvas without a GPU rasterises its paths
// when it shows the frame: at 10,000 synthetic partnerships the frame that
// ends a zoom drew a thousand-odd marks, three anti-aliased circles each, and
// often took two frames; a drawImage of a ready bitmap is a copy. Icon
// atlases do the same (Leaflet.Canvas-Markers, deck.gl's IconLayer).

/** How a single mark looks: its ring's colour and radius, the width of its dark edge and its white core's radius (CSS pixels). */
export interface MarkLook {
  fill: string;
  radius: number;
  edge: number;
  core: number;
}

/** A canvas to draw an image on, or null where there is none (tests without a canvas). */
export type MakeSurface = (width: number, height: number) => { image: CanvasImageSource; ctx: CanvasRenderingContext2D } | null;

const documentSurface: MakeSurface = (width, height) => {
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  return ctx ? { image: canvas, ctx } : null;
};

/** The ten digits of one size, side by side in cells `cell` CSS pixels wide, and each digit's advance. */
interface Digits {
  image: CanvasImageSource;
  cell: number;
  height: number;
  advance: number[];
}

/** Sizes to a quarter of a pixel, so a few dozen images serve every mark. */
const quarter = (size: number) => Math.round(size * 4) / 4;

/** The canvas's pixels per CSS pixel, from its transform (Leaflet scales it by two on high-density screens). */
function pixelRatioOf(ctx: CanvasRenderingContext2D): number {
  const transform = typeof ctx.getTransform === 'function' ? ctx.getTransform() : null;
  return transform ? Math.hypot(transform.a, transform.b) || 1 : 1;
}

export class MarkStamps {
  private readonly images = new Map<string, { image: CanvasImageSource; size: number } | null>();
  private readonly digits = new Map<string, Digits | null>();
  private canDraw: boolean | null = null;
  private lastRatio = 1;
  private digitsPrepared = false;

  constructor(private readonly makeSurface: MakeSurface = documentSurface) {}

  /** Whether images can be made here; where not, marks are traced as paths. */
  available(): boolean {
    this.canDraw ??= this.makeSurface(1, 1) != null;
    return this.canDraw;
  }

  /** Draw a mark centred on (x, y), in the canvas's units, from its image (made at the canvas's pixel ratio when first needed). */
  stamp(ctx: CanvasRenderingContext2D, look: MarkLook, x: number, y: number): void {
    const ratio = pixelRatioOf(ctx);
    const shape = { ...look, radius: quarter(look.radius), core: quarter(look.core) };
    const key = `${shape.fill}|${shape.radius}|${shape.edge}|${shape.core}|${ratio}`;
    let made = this.images.get(key);
    if (made === undefined) {
      made = this.draw(shape, ratio);
      this.images.set(key, made);
    }
    if (!made) return;
    const side = made.size / ratio;
    // On whole pixels of the canvas, so the copy is not resampled.
    const left = Math.round((x - side / 2) * ratio) / ratio;
    const top = Math.round((y - side / 2) * ratio) / ratio;
    ctx.drawImage(made.image, left, top, side, side);
  }

  /**
   * Draw a cluster's number centred on (x, y), bold at `size` CSS pixels,
   * digit by digit from an image of the ten digits (one for each size and
   * pixel ratio): the numbers are many and each new zoom brings new sizes,
   * so an image per number cost more to make than it saved.
   */
  stampNumber(ctx: CanvasRenderingContext2D, text: string, size: number, x: number, y: number): void {
    const ratio = pixelRatioOf(ctx);
    this.lastRatio = ratio;
    const digits = this.digitsAt(size, ratio);
    if (!digits || !/^\d+$/.test(text)) return;
    const { image, cell, height, advance } = digits;
    let pen = x - [...text].reduce((sum, d) => sum + advance[+d]!, 0) / 2;
    const top = Math.round((y - height / 2) * ratio) / ratio;
    for (const d of text) {
      // Each digit's cell has a pixel of room before the glyph.
      const left = Math.round((pen - 1) * ratio) / ratio;
      ctx.drawImage(image, +d * cell * ratio, 0, cell * ratio, height * ratio, left, top, cell, height);
      pen += advance[+d]!;
    }
  }

  /**
   * Once, make the digits of these sizes while the browser is idle, at the
   * pixel ratio last drawn at: a zoom's end otherwise made those of its new
   * sizes in its frame.
   */
  prepareDigits(sizes: readonly number[]): void {
    if (this.digitsPrepared) return;
    this.digitsPrepared = true;
    runWhenIdle(sizes.map((size) => () => void this.digitsAt(size, this.lastRatio)));
  }

  /**
   * Make the digits of these sizes now, at this pixel ratio: the first
   * view's step before its links are drawn, so that draw only copies them.
   */
  makeDigits(sizes: Iterable<number>, ratio: number): void {
    this.lastRatio = ratio;
    for (const size of sizes) this.digitsAt(size, ratio);
  }

  private digitsAt(size: number, ratio: number): Digits | null {
    const key = `${size}|${ratio}`;
    let digits = this.digits.get(key);
    if (digits === undefined) {
      digits = this.drawDigits(size, ratio);
      this.digits.set(key, digits);
    }
    return digits;
  }

  private drawDigits(size: number, ratio: number): Digits | null {
    const cell = Math.ceil(size * 0.8) + 2;
    const height = Math.ceil(size * 1.4);
    const surface = this.makeSurface(cell * 10 * ratio, height * ratio);
    if (!surface) return null;
    const { ctx } = surface;
    ctx.scale(ratio, ratio);
    ctx.fillStyle = NUMBER_FILL;
    ctx.font = `bold ${size}px sans-serif`;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    const advance: number[] = [];
    for (let d = 0; d < 10; d++) {
      ctx.fillText(String(d), d * cell + 1, height / 2);
      advance.push(ctx.measureText?.(String(d))?.width ?? size * 0.6);
    }
    return { image: surface.image, cell, height, advance };
  }

  private draw(look: MarkLook, ratio: number): { image: CanvasImageSource; size: number } | null {
    // The ring, half its edge and a pixel for anti-aliasing, each side.
    const size = Math.ceil((look.radius + look.edge / 2 + 1) * 2 * ratio);
    const surface = this.makeSurface(size, size);
    if (!surface) return null;
    const { ctx } = surface;
    const centre = size / ratio / 2;
    ctx.scale(ratio, ratio);
    ctx.beginPath();
    ctx.arc(centre, centre, look.radius, 0, Math.PI * 2);
    ctx.fillStyle = look.fill;
    ctx.fill();
    ctx.strokeStyle = CASING;
    ctx.lineWidth = look.edge;
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(centre, centre, look.core, 0, Math.PI * 2);
    ctx.fillStyle = ENDPOINT_FILL;
    ctx.fill();
    return { image: surface.image, size };
  }
}
