import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOUNDARY_COLOURS, CASING } from '../../src/map/palette';
import { contrastRatio } from '../../src/shared/contrast';

// The colours the map paints, checked against WCAG: text at 4.5:1, shapes
// and the edges of links at 3:1 against what they sit on. axe-core checks the
// page's text but cannot see into the map's canvases, so this does.

const css = readFileSync(join(__dirname, '..', '..', 'src', 'styles.css'), 'utf8');
const root = /:root\s*{([^}]*)}/.exec(css)![1]!;
const variable = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(root)![1]!;

/** An rgba() colour painted over an opaque one. */
function over(rgba: string, background: string): string {
  const [r, g, b, a] = /rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)/.exec(rgba)!.slice(1).map(Number) as [number, number, number, number];
  const bg = Number.parseInt(background.slice(1), 16);
  const mix = (fg: number, shift: number) => Math.round(a * fg + (1 - a) * ((bg >> shift) & 255));
  return `#${[mix(r, 16), mix(g, 8), mix(b, 0)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

describe('interface colours', () => {
  it('has text at 4.5:1 or more on its backgrounds', () => {
    for (const text of ['text', 'muted', 'accent']) {
      for (const background of ['background', 'surface']) {
        expect(contrastRatio(variable(text), variable(background)), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
      }
    }
    expect(contrastRatio(variable('accent-text'), variable('accent-fill'))).toBeGreaterThanOrEqual(4.5);
  });
});

describe('map colours', () => {
  const lands = [BOUNDARY_COLOURS.fill, BOUNDARY_COLOURS.partnerFill, BOUNDARY_COLOURS.focusFill];

  it('draws council borders at 3:1 against the land on either side', () => {
    for (const land of [BOUNDARY_COLOURS.fill, BOUNDARY_COLOURS.partnerFill]) {
      expect(contrastRatio(BOUNDARY_COLOURS.stroke, land), `border on ${land}`).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(BOUNDARY_COLOURS.upperTier, land), `county border on ${land}`).toBeGreaterThanOrEqual(3);
    }
    expect(contrastRatio(BOUNDARY_COLOURS.stroke, variable('sea')), 'coast on the sea').toBeGreaterThanOrEqual(3);
    expect(contrastRatio(BOUNDARY_COLOURS.focusStroke, BOUNDARY_COLOURS.focusFill)).toBeGreaterThanOrEqual(3);
  });

  it('edges every link at 3:1 against any land it crosses, whatever its colour', () => {
    for (const land of lands) expect(contrastRatio(over(CASING, land), land), `link edge on ${land}`).toBeGreaterThanOrEqual(3);
  });
});
