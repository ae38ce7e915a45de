import { useState } from 'react';
import type { AppData } from '../data/indexes';
import { useI18n } from '../i18n/I18nContext';
import type { Translator } from '../i18n/translator';
import { NONE_COLOUR, type Choropleth, type LegendClass } from '../model/councilMetrics';
import type { AreaMeasure } from '../model/viewState';
import { serviceLabel } from './describe';

export interface AreasLegendProps {
  data: Pick<AppData, 'serviceById'>;
  choropleth: Choropleth;
  measure: AreaMeasure;
  /** Start closed (on small screens and in embeds). */
  collapsed?: boolean;
}

/** Money in full ("£50,000"): class breaks are round figures, and the key reads them as words. */
function fullMoney(value: number, tr: Translator): string {
  return new Intl.NumberFormat(tr.locale, { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 }).format(value);
}

/** What the areas map shows, as a heading. */
export function measureTitle(measure: AreaMeasure, data: Pick<AppData, 'serviceById'>, tr: Translator): string {
  if (measure.kind === 'savings') return tr.t('areas.savings');
  if (measure.kind === 'service') return tr.t('areas.service', { service: serviceLabel(measure.service, data, tr) });
  return tr.t('areas.count');
}

/**
 * A class's range in words. Counts are whole: [2, 4) is "2 to 3" and [1, 2)
 * is "1". Money classes start at the lowest share, not a round figure, so
 * the first is "Under £50,000".
 */
export function classRange(cls: LegendClass, first: boolean, measure: AreaMeasure, tr: Translator): string {
  if (measure.kind === 'savings') {
    if (cls.to == null) return tr.t('areas.orMore', { from: fullMoney(cls.from, tr) });
    if (first) return tr.t('areas.under', { to: fullMoney(cls.to, tr) });
    return tr.t('areas.range', { from: fullMoney(cls.from, tr), to: fullMoney(cls.to, tr) });
  }
  if (cls.to == null) return tr.t('areas.orMore', { from: tr.number(cls.from) });
  if (cls.to - 1 <= cls.from) return tr.number(cls.from);
  return tr.t('areas.range', { from: tr.number(cls.from), to: tr.number(cls.to - 1) });
}

function Swatch({ colour }: { colour: string }) {
  return <span className="areas-swatch" style={{ background: colour }} aria-hidden="true" />;
}

/** The key of the areas map: its classes light to dark, each with its range and how many councils it holds, and the councils in none. */
export function AreasLegend({ data, choropleth, measure, collapsed = false }: AreasLegendProps) {
  const tr = useI18n();
  const [open, setOpen] = useState(!collapsed);
  return (
    <section className={`legend areas-legend${open ? '' : ' closed'}`} aria-labelledby="areas-legend-title">
      <div className="legend-header">
        <h2 id="areas-legend-title">{tr.t('legend.title')}</h2>
        <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? tr.t('legend.hide') : tr.t('legend.show')}
        </button>
      </div>
      {open && (
        <>
          <h3>{measureTitle(measure, data, tr)}</h3>
          <ul className="areas-classes">
            {[...choropleth.classes].reverse().map((cls, i, all) => (
              <li key={cls.colour}>
                <Swatch colour={cls.colour} />
                <span>{classRange(cls, i === all.length - 1, measure, tr)}</span>
                <span className="areas-count">{tr.t('areas.councils', { count: cls.councils })}</span>
              </li>
            ))}
            <li>
              <Swatch colour={NONE_COLOUR} />
              <span>{tr.t('areas.none')}</span>
              <span className="areas-count">{tr.t('areas.councils', { count: choropleth.none })}</span>
            </li>
          </ul>
          <p className="hint">{tr.t('areas.note')}</p>
        </>
      )}
    </section>
  );
}

/** The tooltip's line for a council on the areas map: its value for the measure. */
export function AreaTooltipValue({ value, measure, data }: { value: number; measure: AreaMeasure; data: Pick<AppData, 'serviceById'> }) {
  const tr = useI18n();
  if (measure.kind === 'savings') return <span className="tooltip-area-value">{tr.t('tooltip.areaSavings', { amount: tr.t('money.perYear', { amount: tr.money(value) }) })}</span>;
  if (measure.kind === 'service') return <span className="tooltip-area-value">{tr.t('tooltip.areaService', { count: value, service: serviceLabel(measure.service, data, tr) })}</span>;
  // The count is the tooltip's own line already.
  return null;
}
