import { useState } from 'react';
import type { AppData } from '../data/indexes';
import { useI18n } from '../i18n/I18nContext';
import { HOLLOW_SHARE } from '../map/linkStrokes';
import { colourGroups } from '../model/colours';
import { dashStyleAt, type DashStyle } from '../model/dashStyle';
import { keySamples, UNKNOWN_WIDTH, type SqrtScale } from '../model/linkWidth';
import { familyLabel, serviceLabel } from './describe';

export interface LegendProps {
  data: AppData;
  /** Width in pixels for a yearly saving per council, the same scale the map uses. */
  widthFor: SqrtScale;
  activeServices: readonly string[];
  onToggleService(id: string): void;
  /** The map shows groups of links (zoomed out, with very many): explain them. */
  grouped?: boolean;
  /** The map's zoom, for the style of the dashes it draws (model/dashStyle.ts); without it, zoomed in. */
  zoom?: number;
  /** Start closed (on small screens and in embeds). */
  collapsed?: boolean;
}

const CASING = 'rgba(23, 32, 42, 0.72)';

function Line({ width, colours, dashed, hollow = false }: { width: number; colours: string[]; dashed?: DashStyle; hollow?: boolean }) {
  const dash = dashed ? dashed.dash : 9;
  const gap = dashed ? dashed.gap : 0;
  const plain = dashed ? `${dash} ${gap}` : undefined;
  const k = colours.length;
  return (
    <svg className="legend-line" width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" focusable="false">
      {(!dashed || dashed.cased) && <line x1="1" y1="7" x2="33" y2="7" stroke={CASING} strokeWidth={width + 2} strokeDasharray={plain} />}
      {colours.map((colour, i) => (
        <line
          key={colour}
          x1="1"
          y1="7"
          x2="33"
          y2="7"
          stroke={colour}
          strokeWidth={width}
          strokeDasharray={k > 1 ? `${dash} ${(dash + gap) * k - dash}` : plain}
          strokeDashoffset={k > 1 ? -i * (dash + gap) : undefined}
        />
      ))}
      {hollow && <line x1="1" y1="7" x2="33" y2="7" stroke="#ffffff" strokeWidth={Math.max(1, width * HOLLOW_SHARE)} />}
    </svg>
  );
}

/** The key to both encodings: colour by service area (also a filter), width by savings. */
export function Legend({ data, widthFor, activeServices, onToggleService, collapsed = false, grouped = false, zoom = Infinity }: LegendProps) {
  const tr = useI18n();
  const [open, setOpen] = useState(!collapsed);
  return (
    <section className={`legend${open ? '' : ' closed'}`} aria-labelledby="legend-title">
      <div className="legend-header">
        <h2 id="legend-title">{tr.t('legend.title')}</h2>
        <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? tr.t('legend.hide') : tr.t('legend.show')}
        </button>
      </div>
      {open && (
        <>
          <h3>{tr.t('legend.services')}</h3>
          <p className="hint">{tr.t('legend.servicesHint')}</p>
          <ServiceKey data={data} activeServices={activeServices} onToggleService={onToggleService} />
          {grouped && (
            <>
              <h3>{tr.t('legend.groups')}</h3>
              <p className="hint">{tr.t('legend.groupsHint')}</p>
            </>
          )}
          <h3>{tr.t('legend.width')}</h3>
          <ul className="legend-widths">
            {keySamples(widthFor).map((value) => (
              <li key={value}>
                <Line width={widthFor(value)} colours={['#5b6672']} />
                {tr.t('money.perYear', { amount: tr.money(value) })}
              </li>
            ))}
            <li>
              <Line width={UNKNOWN_WIDTH} colours={['#5b6672']} dashed={dashStyleAt(zoom)} />
              {tr.t('legend.unknown')}
            </li>
            <li>
              <Line width={widthFor(keySamples(widthFor)[2] ?? 0)} colours={['#5b6672']} hollow />
              {tr.t('legend.target')}
            </li>
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * The service areas, each a filter button, under the colour they share with
 * their family ("Corporate services": HR, finance, audit, legal,
 * procurement), and how a line of several colours reads.
 */
function ServiceKey({ data, activeServices, onToggleService }: Pick<LegendProps, 'data' | 'activeServices' | 'onToggleService'>) {
  const tr = useI18n();
  const groups = colourGroups(data.services);
  const sample = groups.slice(0, 3).map((g) => g.colour);
  const button = (id: string, colour?: string) => {
    const active = activeServices.includes(id);
    return (
      <button type="button" className={`legend-service${active ? ' active' : ''}`} aria-pressed={active} onClick={() => onToggleService(id)}>
        {colour && <Line width={4} colours={[colour]} />}
        {serviceLabel(id, data, tr)}
      </button>
    );
  };
  return (
    <>
      <ul className="legend-services">
        {groups.map((group) =>
          group.services.length === 1 ? (
            <li key={group.family}>{button(group.services[0]!.id, group.colour)}</li>
          ) : (
            <li key={group.family} className="legend-family">
              <span className="legend-family-name">
                <Line width={4} colours={[group.colour]} />
                {familyLabel(group, data, tr)}
              </span>
              <ul className="legend-family-services">
                {group.services.map((service) => (
                  <li key={service.id}>{button(service.id)}</li>
                ))}
              </ul>
            </li>
          ),
        )}
        <li className="legend-note">
          <Line width={4} colours={sample} />
          {tr.t('legend.several')}
        </li>
      </ul>
      {groups.length < data.services.length && <p className="hint">{tr.t('legend.families')}</p>}
    </>
  );
}
