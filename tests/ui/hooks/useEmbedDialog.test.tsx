import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useEmbedDialog } from '../../../src/ui/hooks/useEmbedDialog';

function Host() {
  const dialog = useEmbedDialog();
  return (
    <>
      <button ref={dialog.buttonRef} onClick={dialog.show}>
        open
      </button>
      {dialog.open && (
        <div role="dialog">
          <button autoFocus onClick={dialog.close}>
            close
          </button>
        </div>
      )}
    </>
  );
}

describe('useEmbedDialog', () => {
  it('opens and closes, and gives focus back to the button that opened it', () => {
    render(<Host />);
    const opener = screen.getByRole('button', { name: 'open' });
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => fireEvent.click(opener));
    const close = screen.getByRole('button', { name: 'close' });
    close.focus();
    expect(document.activeElement).toBe(close);
    act(() => fireEvent.click(close));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('leaves focus alone on the first render', () => {
    render(<Host />);
    expect(document.activeElement).toBe(document.body);
  });
});
