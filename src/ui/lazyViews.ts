import { lazy } from 'react';

// Loaded when first opened, off the first view's path: the table (with its CSV writer), the embed
// dialog and the filters (behind their button at first).
export const loadTableView = () => import('./TableView').then((m) => ({ default: m.TableView }));
export const loadEmbedDialog = () => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog }));
export const loadFilters = () => import('./Filters').then((m) => ({ default: m.Filters }));
export const TableView = lazy(loadTableView);
export const EmbedDialog = lazy(loadEmbedDialog);
export const Filters = lazy(loadFilters);
// The search index's code (with the council-name matching it needs), loaded when the search is first used.
export const loadSearch = () => import('../model/search');
