import { formatNumber, KB, kb } from './format';
import type { SizeResult, Target } from './results';
import type { Stat } from './stats';

// The targets the bench judges its results against (the budgets),
// and what to profile when one is missed.

/** Judge the results against the targets; a dataset not measured has no targets. */
export function judge(sizes: readonly SizeResult[]): Target[] {
  const by = (d: string) => sizes.find((s) => s.dataset === d);
  const targets: Target[] = [];
  const time = (id: string, label: string, dataset: string, limitMs: number, pick: (r: SizeResult) => Stat | null, profile: Target['profile']) => {
    const result = by(dataset);
    if (!result) return;
    const s = pick(result);
    targets.push({
      id,
      label,
      dataset,
      limit: `≤ ${formatNumber(limitMs)} ms`,
      measured: s ? `${formatNumber(s.median)} ms (median)` : 'not measured',
      met: s ? s.median <= limitMs : null,
      profile,
    });
  };
  time('map-ready-real', 'navigation → map-ready', 'real', 500, (r) => r.mapReady, 'load');
  time('links-shown-real', 'navigation → links shown (frame after the first draw with links)', 'real', 500, (r) => r.linksShown, 'load');
  time('map-ready-10000', 'navigation → map-ready', '10000', 1500, (r) => r.mapReady, 'load');
  time('links-shown-10000', 'navigation → links shown', '10000', 1500, (r) => r.linksShown, 'load');
  for (const [dataset, limit] of [
    ['10000', 50],
    ['50000', 150],
  ] as const) {
    time(`select-${dataset}`, 'council click → next frame', dataset, limit, (r) => r.select, 'select');
    time(`filter-on-${dataset}`, 'filter on (key button) → next frame', dataset, limit, (r) => r.filterOn, 'filterOn');
    time(`filter-off-${dataset}`, 'filter off (key button) → next frame', dataset, limit, (r) => r.filterOff, 'filterOff');
  }
  targets.push(...gestureTargets(by('10000')));
  targets.push(...transferTargets(by('real')));
  return targets;
}

/** Pan and zoom at 60 frames per second, with the 10,000-partnership dataset. */
function gestureTargets(result: SizeResult | undefined): Target[] {
  if (!result) return [];
  return (['pan', 'zoom'] as const).map((gesture) => {
    const f = result[gesture];
    return {
      id: `${gesture}-10000`,
      label: `${gesture}: 60 frames per second (no frame interval over 25 ms)`,
      dataset: '10000',
      limit: '60 fps, longest frame ≤ 25 ms',
      measured: f.fps && f.maxMs ? `${formatNumber(f.fps.median)} fps, longest frame ${formatNumber(f.maxMs.median)} ms (medians)` : 'not measured',
      met: f.fps && f.maxMs ? f.maxMs.median <= 25 : null,
      profile: gesture,
    };
  });
}

/** The first view's gzipped JavaScript and data, with the real data. */
function transferTargets(real: SizeResult | undefined): Target[] {
  if (!real?.transfer) return [];
  const { js, data } = real.transfer;
  return [
    { id: 'transfer-js', label: 'first-view JavaScript, gzipped', dataset: 'real', limit: '≤ 150 KB', measured: `${kb(js)} KB`, met: js <= 150 * KB, profile: null },
    { id: 'transfer-data', label: 'first-view data, gzipped', dataset: 'real', limit: '≤ 250 KB', measured: `${kb(data)} KB`, met: data <= 250 * KB, profile: null },
  ];
}
