import { useEffect, useRef, useState } from 'react';
import { runInSteps } from '../../map/idleWork';

/**
 * How far the map's first view has come: 0, the page without the map; 1,
 * the map made (Leaflet's map and its shapes' layers); 2, its links made.
 */
export type FirstViewStep = 0 | 1 | 2;

/**
 * The first view in three tasks, each after a paint (runInSteps), so no one
 * of them is long on a slow phone: React commits the page (header, panel,
 * key) without the map; then the map (Leaflet lays the page out to size
 * itself, and the shapes' steps start, src/map/MapView.tsx); then the links
 * are made (`prepareLinks`, every partnership's links for the year) in a
 * task of their own and handed to the map. Measured with Lighthouse's
 * mobile run, the three had been one task of some 250 ms on its slowed CPU.
 */
export function useFirstViewSteps(prepareLinks: () => void): FirstViewStep {
  const [step, setStep] = useState<FirstViewStep>(0);
  const prepare = useRef(prepareLinks);
  prepare.current = prepareLinks;
  useEffect(
    () =>
      runInSteps([
        () => setStep(1),
        () => {
          prepare.current();
          setStep(2);
        },
      ]),
    [],
  );
  return step;
}
