import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyFitsBeside, keyStartsOpen, mapFrameWidth, PANEL_BESIDE_MIN_WINDOW, PANEL_WIDTH } from '../../src/model/keyPlacement';

const css = readFileSync(resolve(__dirname, '../../src/styles.css'), 'utf8');

describe('keyPlacement', () => {
  it('gives the map the window less the panel beside it, and the whole window where the panel goes below', () => {
    expect(mapFrameWidth(1440)).toBe(1040);
    expect(mapFrameWidth(1280)).toBe(880);
    expect(mapFrameWidth(1024)).toBe(624);
    expect(mapFrameWidth(761)).toBe(361);
    expect(mapFrameWidth(760)).toBe(760);
    expect(mapFrameWidth(390)).toBe(390);
  });

  it('opens the key where the UK fits beside it: at 1440 and 1280 px, not at 1024 px, a phone or a narrow tablet', () => {
    expect(keyStartsOpen(1440)).toBe(true);
    expect(keyStartsOpen(1280)).toBe(true);
    expect(keyStartsOpen(1101)).toBe(true);
    expect(keyStartsOpen(1100)).toBe(false);
    expect(keyStartsOpen(1024)).toBe(false);
    expect(keyStartsOpen(768)).toBe(false);
    expect(keyStartsOpen(390)).toBe(false);
    // The same rule as the map's own, on the frame it measures.
    expect(keyFitsBeside(701)).toBe(true);
    expect(keyFitsBeside(700)).toBe(false);
  });

  it('agrees with the stylesheet on the panel’s width and where it moves below the map', () => {
    expect(css).toContain(`--panel-width: ${PANEL_WIDTH}px;`);
    expect(css).toMatch(/\.app-main \{[^}]*grid-template-columns: minmax\(0, 1fr\) var\(--panel-width\)/);
    expect(css).toMatch(new RegExp(`@media \\(max-width: ${PANEL_BESIDE_MIN_WINDOW - 1}px\\) \\{\\s*\\.app-main \\{ grid-template-columns: minmax\\(0, 1fr\\); \\}`));
  });
});
