import { afterEach, describe, expect, it, vi } from 'vitest';
import { followHeaderHeight, followInputModality } from '../../src/ui/rootStyleHints';

afterEach(() => {
  delete document.documentElement.dataset.input;
  document.documentElement.style.removeProperty('--header-height');
  vi.restoreAllMocks();
});

describe('followInputModality', () => {
  it('marks the root as used by pointer after a press and by keyboard after a key, until stopped', () => {
    const stop = followInputModality(document);
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(document.documentElement.dataset.input).toBe('pointer');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(document.documentElement.dataset.input).toBe('keyboard');
    stop();
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(document.documentElement.dataset.input).toBe('keyboard');
  });

  it('sees a press even when a handler stops it from bubbling', () => {
    const stop = followInputModality(document);
    const button = document.body.appendChild(document.createElement('button'));
    button.addEventListener('pointerdown', (e) => e.stopPropagation());
    button.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(document.documentElement.dataset.input).toBe('pointer');
    stop();
    button.remove();
  });
});

describe('followHeaderHeight', () => {
  it('puts the header’s height on the root as --header-height', () => {
    const header = document.body.appendChild(document.createElement('header'));
    vi.spyOn(header, 'getBoundingClientRect').mockReturnValue({ height: 87.5 } as DOMRect);
    const stop = followHeaderHeight(header);
    expect(document.documentElement.style.getPropertyValue('--header-height')).toBe('87.5px');
    stop();
    header.remove();
  });
});
