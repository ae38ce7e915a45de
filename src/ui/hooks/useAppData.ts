import { startTransition, useCallback, useEffect, useState } from 'react';
import type { AppData } from '../../data/indexes';
import { appRoot } from '../../data/appRoot';
import { DataLoadError, loadData } from '../../data/loadData';

export type DataState =
  | { status: 'loading' }
  | { status: 'ready'; data: AppData }
  | { status: 'error'; file: string | null; reason: 'missing' | 'corrupt' | 'other' };

/** Load the bundled data once; on failure, say which file and offer a retry. */
export function useAppData(): { state: DataState; retry: () => void } {
  const [state, setState] = useState<DataState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    loadData(appRoot())
      // A transition: React renders the first view in slices of a few milliseconds, not in one long task.
      .then((data) => !cancelled && startTransition(() => setState({ status: 'ready', data })))
      .catch((error: unknown) => {
        if (cancelled) return;
        if (error instanceof DataLoadError) setState({ status: 'error', file: error.file, reason: error.reason });
        else setState({ status: 'error', file: null, reason: 'other' });
        console.warn('Shared Services Map: data failed to load', error);
      });
    return () => {
      cancelled = true;
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}
