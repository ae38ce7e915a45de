/** The files the data build writes into public/data/ and the app loads, relative to the page. */
export const DATA_DIR = 'data';

export const DATA_FILES = {
  boundaries: 'boundaries.topo.json',
  councils: 'councils.json',
  services: 'services.json',
  partnerships: 'partnerships.json',
  /** Loaded after the first view: the text of each partnership. */
  details: 'partnership-details.json',
  /** The land's outline (an SVG picture), which index.html shows where the map will be while the rest loads. */
  outline: 'outline.svg',
  meta: 'meta.json',
} as const;

export type DataFileKey = keyof typeof DATA_FILES;

/** The files the app loads before it can draw the map: the first view. The details come after. */
export const FIRST_VIEW_FILES = ['boundaries', 'councils', 'services', 'partnerships', 'meta'] as const satisfies readonly DataFileKey[];
