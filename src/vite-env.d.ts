/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Tile URL template of an optional basemap, e.g. https://tiles.example.org/{z}/{x}/{y}.png */
  readonly VITE_BASEMAP_URL?: string;
  /** Attribution the basemap's licence requires; required with the URL. */
  readonly VITE_BASEMAP_ATTRIBUTION?: string;
}
