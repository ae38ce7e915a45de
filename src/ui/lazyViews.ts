import { lazy } from 'react';

// Loaded when first opened, off the first view's path: the table (with its CSV writer) and the embed dialog.
export const loadTableView = () => import('./TableView').then((m) => ({ default: m.TableView }));
export const loadEmbedDialog = () => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog }));
export const TableView = lazy(loadTableView);
export const EmbedDialog = lazy(loadEmbedDialog);
