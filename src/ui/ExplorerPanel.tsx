import { Suspense, useState, type RefCallback } from 'react';
import type { AppData } from '../data/indexes';
import { useI18n } from '../i18n/I18nContext';
import { countyOf, drawnArea } from '../model/areas';
import { hasFilters, type ViewState } from '../model/viewState';
import { useFirstViewDrawn } from './hooks/useFirstViewDrawn';
import { useSelectionPanels } from './hooks/useSelectionPanels';
import type { ExplorerActions } from './hooks/useExplorerActions';
import type { ExplorerModel } from './hooks/useExplorerModel';
import { ComparePanel, CouncilAgainstRegion, DataNotice, Filters, RegionTotals } from './lazyViews';
import { ShareTools } from './ShareTools';
import { PartnershipList } from './PartnershipList';
import { Summary } from './Summary';

/** The map's element, for its picture. */
const mapElement = () => document.querySelector<HTMLElement>('.stage .leaflet-container');

export interface ExplorerPanelProps {
  data: AppData;
  state: ViewState;
  model: ExplorerModel;
  actions: ExplorerActions;
  /** The heading of the partnership or council panel, for focus to move to. */
  headingRef: RefCallback<HTMLElement>;
}

/** The panel beside the map: the data notice, the filters, and the open partnership, the focused council or the summary and list. */
export function ExplorerPanel({ data, state, model, actions, headingRef }: ExplorerPanelProps) {
  const tr = useI18n();
  return (
    <aside id="panel" className="panel" tabIndex={-1} aria-label={tr.t('list.title')}>
      {/* Its code only when there is something to say: most pages have no record left out. */}
      {model.rejected.length > 0 && (
        <Suspense fallback={null}>
          <DataNotice rejected={model.rejected} />
        </Suspense>
      )}
      <FiltersBlock data={data} state={state} model={model} actions={actions} />
      {/* In the first view's script: shown at once, its code is smaller than a request of its own. */}
      {!state.embed && <ShareTools data={data} state={state} shownCount={model.shown.length} mapElement={mapElement} />}
      <PanelContent data={data} state={state} model={model} actions={actions} headingRef={headingRef} />
    </aside>
  );
}

/** The filters, behind a button that says how many are on; made when first opened, then kept. */
function FiltersBlock({ data, state, model, actions }: Omit<ExplorerPanelProps, 'headingRef'>) {
  const tr = useI18n();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  return (
    <>
      <div className="filters-bar">
        <button type="button" className="button secondary" aria-expanded={open} aria-controls="filters" onClick={() => {
            setOpen(!open);
            setOpened(true);
          }}
        >
          {tr.t('filters.open')} ({tr.t('filters.active', { count: model.activeFilterCount })})
        </button>
        {hasFilters(state) && (
          <button type="button" className="link-button" onClick={actions.clearFilters}>
            {tr.t('filters.clear')}
          </button>
        )}
      </div>
      <div id="filters" hidden={!open}>
        {opened && (
          <Suspense fallback={null}>
            <Filters data={data} state={state} undatedHidden={model.undatedHidden} onChange={actions.setFilters} onPlayYear={actions.playYear} onClear={actions.clearFilters} />
          </Suspense>
        )}
      </div>
    </>
  );
}

/** What the panel is about, as deferred behind the map: a partnership, a council, or everything shown. */
function PanelContent({ data, state, model, actions, headingRef }: ExplorerPanelProps) {
  const tr = useI18n();
  const { panel, boundaryYear } = model;
  const firstViewDrawn = useFirstViewDrawn();
  const selectCouncil = (code: string) => actions.select({ kind: 'council', code }, 'panel');
  // A region or nation picked in the panel is the area filter, as if chosen in the filters: the map zooms to it.
  const pickArea = (area: string) => actions.setFilters({ area });
  // What both panels take: the data, the heading for focus, and a partner or close chosen in them.
  const common = { data, headingRef, onSelectCouncil: selectCouncil, onClose: () => actions.select({ kind: 'none' }, 'panel') };
  const panels = useSelectionPanels(panel.selected?.id ?? panel.council);
  if ((panel.selected || panel.council) && !panels) return <p className="panel-loading" role="status">{tr.t('panel.loading')}</p>;
  const { CouncilPanel, PartnershipPanel } = panels ?? {};
  if (panel.selected && PartnershipPanel) {
    const back = panel.council;
    return <PartnershipPanel {...common} partnership={panel.selected} details={model.details} fromCouncil={back} onBack={() => back && selectCouncil(back)} />;
  }
  if (panel.council && CouncilPanel) {
    return (
      <CouncilPanel
        {...common}
        code={panel.council}
        partnerships={panel.councilPartnerships}
        county={countyOf(panel.council, boundaryYear, data)}
        districts={data.councilByCode.get(panel.council)?.type === 'county' ? drawnArea(panel.council, boundaryYear, data) : []}
        boundaryYear={boundaryYear}
        onOpenPartnership={actions.openFromList}
        year={panel.year}
        compare={state.compare}
        onToggleCompare={state.embed ? undefined : actions.toggleCompare}
        onPickArea={pickArea}
        againstRegion={
          <Suspense fallback={null}>
            <CouncilAgainstRegion data={data} shown={panel.shown} year={panel.year} code={panel.council} />
          </Suspense>
        }
      />
    );
  }
  return (
    <>
      {state.compare.length > 0 && (
        <Suspense fallback={null}>
          <ComparePanel
            data={data}
            codes={state.compare}
            shown={panel.shown}
            year={panel.year}
            onSelectCouncil={selectCouncil}
            onOpenPartnership={actions.openFromList}
            onRemove={actions.toggleCompare}
            onClear={actions.clearCompare}
          />
        </Suspense>
      )}
      <Summary data={data} summary={panel.summary} activeServices={state.services} onToggleService={actions.toggleService} />
      {/* Below the summary, after the first view is drawn: its code and sums do not compete with the map's. */}
      {firstViewDrawn && (
        <Suspense fallback={null}>
          <RegionTotals data={data} shown={panel.shown} year={panel.year} onPickArea={pickArea} />
        </Suspense>
      )}
      <section className="panel-section" aria-labelledby="list-title">
        <h2 id="list-title">{tr.t('list.title')}</h2>
        <PartnershipList data={data} partnerships={panel.shown} onOpen={actions.openFromList} />
      </section>
    </>
  );
}
