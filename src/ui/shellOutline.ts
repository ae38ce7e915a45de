// The land's outline that index.html's shell shows where the map will be
// (written into the page by vite.config.ts), read before the app's first
// render replaces the shell, so the loading screen shows it too: the page
// goes from the outline to the map with no blank step, and the outline stays
// the page's largest paint (the largest contentful paint Lighthouse measures;
// removed at the app's first render, the shell's picture was in some loads
// not yet counted, and the largest paint became text drawn after the data).

let outline: string | null = null;

/** Keep the shell's outline picture's address (a data: address in the build). Call before the app renders. */
export function keepShellOutline(doc: Document = document): void {
  outline = doc.querySelector<HTMLImageElement>('#root .stage-outline')?.getAttribute('src') ?? null;
}

/** The shell's outline picture's address, if the page had one. */
export const shellOutline = (): string | null => outline;
