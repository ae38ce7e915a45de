import { useEffect, useState } from 'react';
import { firstViewDrawn, whenFirstViewDrawn } from '../../map/firstViewDrawn';

/** Whether the page's first view is drawn (src/map/firstViewDrawn.ts): for parts of the panel below the fold that can wait for it. */
export function useFirstViewDrawn(): boolean {
  const [drawn, setDrawn] = useState(firstViewDrawn);
  useEffect(() => {
    if (drawn) return;
    return whenFirstViewDrawn(() => setDrawn(true));
  }, [drawn]);
  return drawn;
}
