import { lazy } from 'react';
import { withLaterMessages } from '../i18n/catalogues';

// Loaded when first opened, off the first view's path (with the English strings they use, see enLater.ts): the table (with its CSV writer), the embed
// dialog and the filters (behind their button at first).
export const loadTableView = withLaterMessages(() => import('./TableView').then((m) => ({ default: m.TableView })));
export const loadEmbedDialog = withLaterMessages(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));
export const loadFilters = () => import('./Filters').then((m) => ({ default: m.Filters }));
export const TableView = lazy(loadTableView);
export const EmbedDialog = lazy(loadEmbedDialog);
export const Filters = lazy(loadFilters);
// The search index's code (with the council-name matching it needs), loaded when the search is first used.
export const loadSearch = () => import('../model/search');
// The comparison of councils (with its model), loaded when a comparison starts.
export const loadComparePanel = withLaterMessages(() => import('./ComparePanel').then((m) => ({ default: m.ComparePanel })));
export const ComparePanel = lazy(loadComparePanel);
// The picture of the map (its caption and the canvas composing), loaded when first asked for.
export const loadExportPng = withLaterMessages(() => import('./exportPng'));
// The totals by region and nation and a council against its region (with their model), after the first view.
export const loadRegionTotals = withLaterMessages(() => import('./RegionTotals'));
export const RegionTotals = lazy(() => loadRegionTotals().then((m) => ({ default: m.RegionTotals })));
export const CouncilAgainstRegion = lazy(() => loadRegionTotals().then((m) => ({ default: m.CouncilAgainstRegion })));
// The areas map's key and tooltip line, loaded when the map first shows areas.
export const loadAreasLegend = () => import('./AreasLegend');
export const AreasLegend = lazy(() => loadAreasLegend().then((m) => ({ default: m.AreasLegend })));
export const AreaTooltipValue = lazy(() => loadAreasLegend().then((m) => ({ default: m.AreaTooltipValue })));
// The notice of records left out, shown only when the data had bad records.
export const DataNotice = lazy(withLaterMessages(() => import('./DataNotice').then((m) => ({ default: m.DataNotice }))));
// The map's tooltip (its words and its placing), first needed at the first hover, and fetched when the browser is idle before that.
export const loadMapTooltip = () => import('./MapTooltip').then((m) => ({ default: m.TargetTooltip }));
export const MapTooltip = lazy(loadMapTooltip);
