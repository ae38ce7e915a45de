import { render } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { useFocusOnChange } from '../../../src/ui/hooks/useFocusOnChange';
import type { SelectSource } from '../../../src/ui/hooks/useViewState';

function Panel({ source, council, partnership }: { source: SelectSource; council: string | null; partnership: string | null }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(heading, source, council, partnership);
  return (
    <>
      <button>elsewhere</button>
      <h2 ref={heading} tabIndex={-1}>
        heading
      </h2>
    </>
  );
}

const heading = () => document.querySelector('h2');

describe('useFocusOnChange', () => {
  it('moves focus to the heading when the panel changes from a list, panel, search or table', () => {
    for (const source of ['list', 'panel', 'search', 'table'] as const) {
      const { rerender, unmount } = render(<Panel source="url" council={null} partnership={null} />);
      document.querySelector('button')!.focus();
      rerender(<Panel source={source} council="E09000015" partnership={null} />);
      expect(document.activeElement, source).toBe(heading());
      unmount();
    }
  });

  it('leaves focus where it is for a change from the map, the key or the address, and when nothing changed', () => {
    const { rerender } = render(<Panel source="url" council={null} partnership={null} />);
    const button = document.querySelector('button')!;
    button.focus();
    expect(document.activeElement).toBe(button);
    rerender(<Panel source="map" council="E09000015" partnership={null} />);
    rerender(<Panel source="legend" council="E09000015" partnership="x" />);
    expect(document.activeElement).toBe(button);
    rerender(<Panel source="list" council="E09000015" partnership="x" />);
    expect(document.activeElement).toBe(button);
  });
});
