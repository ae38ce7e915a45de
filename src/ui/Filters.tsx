import { useId, type ReactNode } from 'react';
import type { AppData } from '../data/indexes';
import { useI18n } from '../i18n/I18nContext';
import type { FilterPatch } from '../model/actions';
import { FIGURE_KINDS, SAVINGS_BANDS, STATUSES, slugify, type ViewState } from '../model/viewState';
import { serviceLabel } from './describe';
import { Timeline } from './Timeline';

export interface FiltersProps {
  data: AppData;
  state: ViewState;
  undatedHidden: number;
  onChange(patch: FilterPatch): void;
  /** A year stepped by playing the timeline. */
  onPlayYear?(year: number): void;
  onClear(): void;
}

function toggle<T>(list: readonly T[], value: T, on: boolean, order: readonly T[]): T[] {
  const set = new Set(list);
  if (on) set.add(value);
  else set.delete(value);
  return order.filter((v) => set.has(v));
}

/** A filter of several choices: a fieldset of checkboxes, kept in the given order. */
function CheckboxGroup<T extends string>({
  legend,
  values,
  chosen,
  label,
  onChange,
}: {
  legend: string;
  values: readonly T[];
  chosen: readonly T[];
  label(value: T): ReactNode;
  onChange(chosen: T[]): void;
}) {
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <ul className="checkbox-list">
        {values.map((value) => (
          <li key={value}>
            <label className="checkbox">
              <input type="checkbox" checked={chosen.includes(value)} onChange={(e) => onChange(toggle(chosen, value, e.target.checked, values))} />
              {label(value)}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function Filters({ data, state, undatedHidden, onChange, onPlayYear, onClear }: FiltersProps) {
  const tr = useI18n();
  const id = useId();
  const serviceIds = data.services.map((s) => s.id);
  return (
    <div className="filters">
      <Timeline data={data} state={state} undatedHidden={undatedHidden} onChange={onChange} onPlayYear={onPlayYear} />

      <CheckboxGroup
        legend={tr.t('filters.services')}
        values={serviceIds}
        chosen={state.services}
        onChange={(services) => onChange({ services })}
        label={(serviceId) => (
          <>
            <span className="swatch" style={{ background: data.serviceById.get(serviceId)?.colour }} aria-hidden="true" />
            {serviceLabel(serviceId, data, tr)}
          </>
        )}
      />
      <CheckboxGroup legend={tr.t('filters.savings')} values={SAVINGS_BANDS} chosen={state.savings} onChange={(savings) => onChange({ savings })} label={(band) => tr.t(`band.${band}`)} />
      <CheckboxGroup legend={tr.t('filters.figures')} values={FIGURE_KINDS} chosen={state.figures} onChange={(figures) => onChange({ figures })} label={(kind) => tr.t(`figures.${kind}`)} />
      <CheckboxGroup legend={tr.t('filters.status')} values={STATUSES} chosen={state.status} onChange={(status) => onChange({ status })} label={(status) => tr.t(`status.${status}`)} />

      <div className="filter-group">
        <label htmlFor={`${id}-area`} className="filter-label">
          {tr.t('filters.area')}
        </label>
        <select id={`${id}-area`} value={state.area ?? ''} onChange={(e) => onChange({ area: e.target.value || null })}>
          <option value="">{tr.t('filters.areaAll')}</option>
          {data.areas.map(({ nation, regions }) =>
            regions.length ? (
              <optgroup key={nation} label={tr.tx(`nation.${slugify(nation)}`)}>
                <option value={slugify(nation)}>{tr.tx(`nation.${slugify(nation)}`)}</option>
                {regions.map((region) => (
                  <option key={region} value={slugify(region)}>
                    {tr.tx(`region.${slugify(region)}`)}
                  </option>
                ))}
              </optgroup>
            ) : (
              <option key={nation} value={slugify(nation)}>
                {tr.tx(`nation.${slugify(nation)}`)}
              </option>
            ),
          )}
        </select>
      </div>

      <button type="button" className="button secondary" onClick={onClear}>
        {tr.t('filters.clear')}
      </button>
    </div>
  );
}
