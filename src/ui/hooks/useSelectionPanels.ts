import { useEffect, useState } from 'react';
import { withLaterMessages } from '../../i18n/catalogues';
import type { CouncilPanel } from '../CouncilPanel';
import type { PartnershipPanel } from '../PartnershipPanel';

// The panels of a focused council and an open partnership are not on the
// first view (it shows the summary), so their code loads after it: when the
// browser is idle after the first draw (usePrefetchForOffline), or at once
// when something is selected before that (an address that opens one), with
// the English strings they use (enLater.ts).
// Not React.lazy: once loaded, a panel renders in the same commit as the
// selection, where a lazy component would suspend once on its first render.

export interface SelectionPanels {
  CouncilPanel: typeof CouncilPanel;
  PartnershipPanel: typeof PartnershipPanel;
}

let loaded: SelectionPanels | null = null;
let pending: Promise<SelectionPanels> | null = null;

export function loadSelectionPanels(): Promise<SelectionPanels> {
  pending ??= withLaterMessages(() => Promise.all([import('../CouncilPanel'), import('../PartnershipPanel')]))().then(
    ([council, partnership]) => (loaded = { CouncilPanel: council.CouncilPanel, PartnershipPanel: partnership.PartnershipPanel }),
    (error: unknown) => {
      // A failed fetch (the connection dropped) is tried again at the next selection.
      pending = null;
      throw error;
    },
  );
  return pending;
}

/**
 * Ask for the panels at once when the address opens a council or a
 * partnership (a shared link, an embed of one council), so their code
 * arrives with the data rather than after the first view; whether it asked.
 */
export function loadSelectionPanelsForAddress(search: string): boolean {
  const params = new URLSearchParams(search);
  if (!params.get('council') && !params.get('partnership')) return false;
  void loadSelectionPanels().catch(() => {});
  return true;
}

/**
 * The panels' components once loaded, or null while they load; asks for
 * them when something is selected (`selection`, the council's code or the
 * partnership's id), and again at the next selection if the fetch failed.
 */
export function useSelectionPanels(selection: string | null): SelectionPanels | null {
  const [panels, setPanels] = useState(loaded);
  useEffect(() => {
    if (selection == null || panels) return;
    let live = true;
    loadSelectionPanels().then(
      (ready) => live && setPanels(ready),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [selection, panels]);
  return panels ?? loaded;
}
