import { useEffect, useState } from 'react';
import { appRoot } from '../../data/appRoot';
import { loadDetails } from '../../data/loadData';
import type { PartnershipDetails } from '../../shared/types';
import type { RejectedRecord } from '../../data/checkRecords';
import { whenIdleAfterFirstView } from '../../map/firstViewDrawn';
import { loadPartnershipText } from '../loadPartnershipText';

export type DetailsState =
  | { status: 'loading' }
  | { status: 'ready'; byId: Record<string, PartnershipDetails>; rejected: readonly RejectedRecord[] }
  | { status: 'error' };

type LoadedDetails = Awaited<ReturnType<typeof loadDetails>>;

let shared: Promise<LoadedDetails> | null = null;

/**
 * The details file, fetched once for the whole page (the panel and the CSV
 * share it), with the script that shows it, so the text is ready to show
 * when it is ready at all.
 */
export function fetchDetails(): Promise<LoadedDetails> {
  shared ??= Promise.all([loadDetails(appRoot()), loadPartnershipText()]).then(([details]) => details).catch((error: unknown) => {
    shared = null; // let a later request try again
    throw error;
  });
  return shared;
}

/**
 * The partnerships' text, loaded when the browser is idle after the first
 * view is drawn, or at once when a partnership is opened first.
 */
export function useDetails(needed: boolean): DetailsState {
  const [state, setState] = useState<DetailsState>({ status: 'loading' });
  const [wanted, setWanted] = useState(needed);
  useEffect(() => {
    if (needed) setWanted(true);
  }, [needed]);
  useEffect(() => {
    if (wanted) return;
    return whenIdleAfterFirstView(() => setWanted(true));
  }, [wanted]);
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    fetchDetails()
      .then(({ byId, rejected }) => !cancelled && setState({ status: 'ready', byId, rejected }))
      .catch(() => !cancelled && setState({ status: 'error' }));
    return () => {
      cancelled = true;
    };
  }, [wanted]);
  return state;
}
