import { converter, differenceCiede2000, formatHex, parse, type Rgb } from 'culori';

// Colour vision deficiency, simulated for checking the service colours
// (tests/scripts/build/buildServices.test.ts): Machado, Oliveira and
// Fernandes (2009), "A physiologically-based model for simulation of color
// vision deficiency", IEEE TVCG 15(6), their matrices for severity 1.0
// (dichromacy), applied to linear RGB as the model is defined.

export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';
type Matrix = readonly [readonly [number, number, number], readonly [number, number, number], readonly [number, number, number]];

export const MACHADO_2009: Record<Exclude<Vision, 'normal'>, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

export const VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

const toLinear = converter('lrgb');
const toRgb = converter('rgb');
const clamp = (v: number) => Math.min(1, Math.max(0, v));

/** A #rrggbb colour as a reader with the given vision sees it, as #rrggbb. */
export function simulateVision(hex: string, vision: Vision): string {
  const colour = parse(hex);
  if (!colour) throw new Error(`${hex} is not a colour`);
  if (vision === 'normal') return formatHex(colour);
  const { r, g, b } = toLinear(colour);
  const [m0, m1, m2] = MACHADO_2009[vision];
  const row = (m: readonly number[]) => clamp(m[0]! * r + m[1]! * g + m[2]! * b);
  const seen: Rgb = toRgb({ mode: 'lrgb', r: row(m0), g: row(m1), b: row(m2) });
  return formatHex(seen);
}

const ciede2000 = differenceCiede2000();

/** CIEDE2000 difference between two colours as a reader with the given vision sees them. */
export function visionDifference(a: string, b: string, vision: Vision): number {
  return ciede2000(simulateVision(a, vision), simulateVision(b, vision));
}

/** The closest pair of colours under a vision, and how far apart they are. */
export function closestPair(colours: readonly string[], vision: Vision): { a: string; b: string; difference: number } {
  let closest = { a: '', b: '', difference: Infinity };
  colours.forEach((a, i) => {
    for (const b of colours.slice(i + 1)) {
      const difference = visionDifference(a, b, vision);
      if (difference < closest.difference) closest = { a, b, difference };
    }
  });
  return closest;
}
