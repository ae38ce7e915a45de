import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFocusOnChange } from '../../../src/ui/hooks/useFocusOnChange';
import type { SelectSource } from '../../../src/ui/hooks/useViewState';

/** A panel whose heading is there at once, or (loaded: false) only once its code has loaded. */
function Panel({ source, council, partnership, loaded = true }: { source: SelectSource; council: string | null; partnership: string | null; loaded?: boolean }) {
  const heading = useFocusOnChange(source, council, partnership);
  return (
    <>
      <button>elsewhere</button>
      {loaded && (
        <h2 ref={heading} tabIndex={-1}>
          heading
        </h2>
      )}
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

  it('moves focus to a heading that arrives after the change (the panel’s code still loading), once', () => {
    const { rerender } = render(<Panel source="url" council={null} partnership={null} loaded={false} />);
    const button = document.querySelector('button')!;
    button.focus();
    rerender(<Panel source="list" council="E09000015" partnership={null} loaded={false} />);
    expect(document.activeElement).toBe(button);
    rerender(<Panel source="list" council="E09000015" partnership={null} loaded />);
    expect(document.activeElement).toBe(heading());
    // The heading's focus was owed to that one change: after the reader moves on, a re-attached heading does not take it back.
    button.focus();
    rerender(<Panel source="list" council="E09000015" partnership={null} loaded={false} />);
    rerender(<Panel source="list" council="E09000015" partnership={null} loaded />);
    expect(document.activeElement).toBe(button);
  });

  it('does not move focus to a late heading after a change from the map', () => {
    const { rerender } = render(<Panel source="url" council={null} partnership={null} loaded={false} />);
    const button = document.querySelector('button')!;
    button.focus();
    rerender(<Panel source="map" council="E09000015" partnership={null} loaded={false} />);
    rerender(<Panel source="map" council="E09000015" partnership={null} loaded />);
    expect(document.activeElement).toBe(button);
  });
});
