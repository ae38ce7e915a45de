import type { TimelineTranslator } from '../i18n/timelineTranslator';
import type { YearCount } from '../model/timeline';
import type { Year } from '../shared/types';

// The small chart above the year slider: partnerships started (above the
// line) and ended (below) in each year, on one scale, with the year shown
// marked. Drawn by hand in SVG; its text alternative is the table beside it.

/** Height of the drawing in its own units (the CSS gives its height in pixels). */
const HEIGHT = 60;

/**
 * Each year's column centred over the slider's thumb at that year: the thumb's
 * centre runs from half a thumb (--thumb) in from each end, so the n columns
 * span n/(n-1) of that run and start half a column before it.
 */
export function alignedWithSlider(years: number): { width: string; marginLeft: string } | undefined {
  if (years < 2) return undefined;
  return { width: `calc((100% - var(--thumb)) * ${years / (years - 1)})`, marginLeft: `calc(var(--thumb) / 2 - (100% - var(--thumb)) / ${2 * (years - 1)})` };
}

export interface TimelineChartProps {
  counts: readonly YearCount[];
  year: Year | null;
  tr: TimelineTranslator;
}

export function TimelineChart({ counts, year, tr }: TimelineChartProps) {
  const maxStarted = Math.max(0, ...counts.map((c) => c.started));
  const maxEnded = Math.max(0, ...counts.map((c) => c.ended));
  // One scale for both, so a bar of ends compares with a bar of starts; the line sits where the two meet.
  const unit = HEIGHT / Math.max(1, maxStarted + maxEnded);
  const baseline = maxStarted * unit;
  const dated = counts.filter((c) => c.started || c.ended);
  return (
    <figure className="timeline-chart">
      <figcaption className="timeline-caption">{tr.t('timeline.chart')}</figcaption>
      <svg viewBox={`0 0 ${counts.length} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false" style={alignedWithSlider(counts.length)}>
        {counts.map((c, i) => (
          <g key={c.year} className={c.year === year ? 'timeline-year current' : 'timeline-year'}>
            {c.year === year && <rect className="timeline-now" x={i} y={0} width={1} height={HEIGHT} />}
            {c.started > 0 && <rect className="timeline-started" x={i + 0.12} y={baseline - c.started * unit} width={0.76} height={c.started * unit} />}
            {c.ended > 0 && <rect className="timeline-ended" x={i + 0.12} y={baseline} width={0.76} height={c.ended * unit} />}
          </g>
        ))}
        <rect className="timeline-baseline" x={0} y={baseline - 0.5} width={counts.length} height={1} />
      </svg>
      <ul className="timeline-key" aria-hidden="true">
        <li>
          <span className="timeline-swatch started" />
          {tr.t('timeline.started')}
        </li>
        <li>
          <span className="timeline-swatch ended" />
          {tr.t('timeline.ended')}
        </li>
      </ul>
      {/* Hidden by a wrapper: a table does not shrink to the one pixel the class gives, and would widen the page. */}
      <div className="visually-hidden">
        <table>
          <caption>
            {tr.t('timeline.chart')}. {tr.t('timeline.tableNote')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{tr.t('filters.year')}</th>
              <th scope="col">{tr.t('timeline.started')}</th>
              <th scope="col">{tr.t('timeline.ended')}</th>
            </tr>
          </thead>
          <tbody>
            {dated.map((c) => (
              <tr key={c.year}>
                <th scope="row">{c.year}</th>
                <td>{tr.number(c.started)}</td>
                <td>{tr.number(c.ended)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
