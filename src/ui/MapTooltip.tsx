import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { AppData } from '../data/indexes';
import { useI18n } from '../i18n/I18nContext';
import { shortList } from '../model/listSummary';
import { tooltipFacts, type SavingsRange, type TooltipFacts, type TooltipTarget } from '../model/tooltipFacts';
import type { PartnershipSummary, Year } from '../shared/types';
import { tooltipPlacement } from '../model/tooltipPlacement';
import { councilName, councilNameByCode, estimateText, serviceLabels, statusAndYearsText } from './describe';

export interface MapTooltipProps {
  facts: TooltipFacts;
  data: Pick<AppData, 'councilByCode' | 'serviceById'>;
}

/** A link's tooltip names this many councils at most; the rest are counted ("and 24 more councils"). */
export const TOOLTIP_MAX_COUNCILS = 8;

/** A cluster's tooltip names this many partnerships at most; the rest are counted. */
export const TOOLTIP_MAX_PARTNERSHIPS = 8;

/** A yearly savings sum, when there is one. */
function Savings({ savings }: { savings: SavingsRange }) {
  const tr = useI18n();
  return savings && <span>{tr.t('money.perYear', { amount: tr.moneyRange(savings.low, savings.high) })}</span>;
}

/** Whether the tooltip is a tap's answer on a touch screen (a sheet at the map's foot) rather than a hover's. */
function touchScreen(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(hover: none) and (pointer: coarse)').matches === true;
}

/**
 * Keep the tooltip box (the element the map positions at the pointer) in
 * sight: measure it and its frame after each render and move it by a
 * transform, which the map's own left and top leave alone.
 */
function useStayInSight(body: RefObject<HTMLDivElement | null>, sheet: boolean) {
  useLayoutEffect(function placeTooltip() {
    const box = body.current?.parentElement;
    const frame = box?.offsetParent as HTMLElement | null | undefined;
    if (!box || !frame) return;
    box.style.maxHeight = '';
    box.style.width = '';
    const rect = frame.getBoundingClientRect();
    const placed = tooltipPlacement({
      point: { x: box.offsetLeft, y: box.offsetTop },
      size: { width: box.offsetWidth, height: box.offsetHeight },
      frame: { width: frame.clientWidth, height: frame.clientHeight },
      frameInWindow: { left: rect.left, top: rect.top },
      window: { width: document.documentElement.clientWidth, height: window.innerHeight },
      sheet,
    });
    box.classList.toggle('sheet', sheet);
    box.style.transform = `translate(${placed.left - box.offsetLeft}px, ${placed.top - box.offsetTop}px)`;
    if (placed.maxHeight != null) box.style.maxHeight = `${placed.maxHeight}px`;
    if (placed.width != null) box.style.width = `${placed.width}px`;
  });
}

/** The words of the map's tooltip for what is under the pointer (the facts come from src/model/tooltipFacts.ts). */
export function MapTooltip({ facts, data }: MapTooltipProps) {
  const body = useRef<HTMLDivElement>(null);
  const sheet = touchScreen();
  useStayInSight(body, sheet);
  return (
    <div ref={body} className="map-tooltip-body">
      <TooltipLines facts={facts} data={data} />
      {sheet && facts.kind !== 'group' && facts.kind !== 'cluster' && <TapHint />}
    </div>
  );
}

/** The tooltip for what is under the pointer, its facts worked out here (with this module, loaded at the first hover, not in the first view). */
export function TargetTooltip({ target, data, shown, year }: { target: TooltipTarget; data: AppData; shown: readonly PartnershipSummary[]; year: Year | null }) {
  return <MapTooltip facts={tooltipFacts(target, data, shown, year)} data={data} />;
}

/** On a phone the panel is below the map: say so, so a tap is seen to have opened something. */
function TapHint() {
  const tr = useI18n();
  return (
    <span className="tap-hint">
      {tr.t('tooltip.detailsBelow')} <span className="tap-hint-arrow" aria-hidden="true" />
    </span>
  );
}

/** The partnerships whose marks are one cluster: each by name and services, the first few, and a count of the rest. */
function ClusterLines({ facts, data }: { facts: Extract<TooltipFacts, { kind: 'cluster' }>; data: MapTooltipProps['data'] }) {
  const tr = useI18n();
  const { shown, more } = shortList(facts.partnerships, TOOLTIP_MAX_PARTNERSHIPS);
  return (
    <>
      <strong>{tr.t('tooltip.cluster', { count: facts.partnerships.length })}</strong>
      {shown.map((p) => (
        <span key={p.name}>
          <b>{p.name}</b>: {serviceLabels(p, data, tr)}
        </span>
      ))}
      {more > 0 && <span>{tr.t('tooltip.morePartnerships', { count: more })}</span>}
      <span>{tr.t('tooltip.clusterZoom')}</span>
    </>
  );
}

function TooltipLines({ facts, data }: MapTooltipProps) {
  const tr = useI18n();
  if (facts.kind === 'cluster') return <ClusterLines facts={facts} data={data} />;
  if (facts.kind === 'group') {
    return (
      <>
        <strong>{tr.t('tooltip.group', { count: facts.count })}</strong>
        <span>{serviceLabels(facts, data, tr)}</span>
        <Savings savings={facts.savings} />
        <span>{tr.t('tooltip.groupZoom')}</span>
      </>
    );
  }
  if (facts.kind === 'link') {
    const { shown, more } = shortList(facts.councils, TOOLTIP_MAX_COUNCILS);
    const names = shown.map((c) => councilNameByCode(c, data, tr, true));
    return (
      <>
        <strong>{facts.name}</strong>
        <span>{tr.list(more > 0 ? [...names, tr.t('tooltip.moreCouncils', { count: more })] : names)}</span>
        <span>{serviceLabels(facts, data, tr)}</span>
        <span>{statusAndYearsText(facts.years, tr)}</span>
        <span>{estimateText(facts.estimate, tr)}</span>
      </>
    );
  }
  return (
    <>
      <strong>{councilName(data.councilByCode.get(facts.code), tr)}</strong>
      {facts.county && <span>{tr.t('tooltip.county', { county: councilNameByCode(facts.county, data, tr) })}</span>}
      <span>{tr.t('tooltip.partnerships', { count: facts.partnerships })}</span>
      {facts.services.length > 0 && <span>{serviceLabels(facts, data, tr)}</span>}
      <Savings savings={facts.savings} />
    </>
  );
}
