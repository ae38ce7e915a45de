/** The files the data build writes into public/data/ and the app loads, relative to the page. */
export const DATA_DIR = 'data';

export const DATA_FILES = {
  boundaries: 'boundaries.topo.json',
  councils: 'councils.json',
  services: 'services.json',
  partnerships: 'partnerships.json',
  meta: 'meta.json',
} as const;

export type DataFileKey = keyof typeof DATA_FILES;
