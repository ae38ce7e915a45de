import type { AppData } from '../data/indexes';
import { useI18n } from '../i18n/I18nContext';
import { measureParam, type AreaMeasure, type MapLayer } from '../model/viewState';
import { serviceLabel } from './describe';

export interface LayerControlProps {
  data: Pick<AppData, 'services' | 'serviceById'>;
  layer: MapLayer;
  measure: AreaMeasure;
  onLayer(layer: MapLayer): void;
  onMeasure(measure: AreaMeasure): void;
}

const LAYERS: readonly MapLayer[] = ['links', 'areas'];

/** The measure a value of the select stands for: "count", "savings" or a service area's id. */
function measureFromValue(value: string): AreaMeasure {
  return value === 'count' || value === 'savings' ? { kind: value } : { kind: 'service', service: value };
}

/**
 * Links or areas, as two radio buttons (arrow keys move between them), and
 * in areas mode what colours the councils: the number of partnerships, the
 * share of yearly savings, or the partnerships of one service area.
 */
export function LayerControl({ data, layer, measure, onLayer, onMeasure }: LayerControlProps) {
  const tr = useI18n();
  return (
    <div className="layer-control">
      <fieldset className="layer-switch">
        <legend className="visually-hidden">{tr.t('layer.label')}</legend>
        {LAYERS.map((value) => (
          <label key={value} className={layer === value ? 'checked' : undefined}>
            <input type="radio" name="map-layer" value={value} checked={layer === value} onChange={() => onLayer(value)} />
            {tr.t(value === 'links' ? 'layer.links' : 'layer.areas')}
          </label>
        ))}
      </fieldset>
      {layer === 'areas' && (
        <label className="layer-measure">
          <span className="visually-hidden">{tr.t('layer.measure')}</span>
          <select value={measureParam(measure)} onChange={(event) => onMeasure(measureFromValue(event.target.value))}>
            <option value="count">{tr.t('measure.count')}</option>
            <option value="savings">{tr.t('measure.savings')}</option>
            <optgroup label={tr.t('measure.serviceGroup')}>
              {data.services.map((s) => (
                <option key={s.id} value={s.id}>
                  {serviceLabel(s.id, data, tr)}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
      )}
    </div>
  );
}
