import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Whether the embed dialog is open, and the button that opens it: focus goes
 * back to that button once the dialog has closed (while it is open, the rest
 * of the page is inert).
 */
export function useEmbedDialog() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(
    function focusOpenerOnClose() {
      if (wasOpen.current && !open) buttonRef.current?.focus();
      wasOpen.current = open;
    },
    [open],
  );
  const show = useCallback(() => setOpen(true), []);
  const close = useCallback(() => setOpen(false), []);
  return { open, show, close, buttonRef };
}
