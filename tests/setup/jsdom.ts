import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadLaterMessages } from '../../src/i18n/catalogues';

// jsdom has no matchMedia; the app asks it about motion and screen width.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

afterEach(() => cleanup());

// Tests render the later views' components directly, without the loaders that
// fetch English's strings for them (withLaterMessages): load those strings once.
await loadLaterMessages();
