import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Flags } from 'lighthouse';
import type { BenchServer } from './benchServer';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { LIGHTHOUSE_PAGES, readLighthouseRun, summariseRuns, type LighthouseFormFactor, type LighthouseJson, type LighthouseResult, type LighthouseRun } from './lighthouseResult';

// Lighthouse's performance audit of the production build, as its own default
// mobile run (a slow phone: simulated 4× slower CPU and a slow 4G network)
// and its desktop run, for the full map and the embed. Lighthouse drives
// Debian's Chromium (or CHROME_PATH) through chrome-launcher, with the
// bench's own flags.

/** Lighthouse's settings for each form factor: its defaults for mobile, its desktop preset for desktop. */
const CONFIGS: Record<LighthouseFormFactor, Config | undefined> = { mobile: undefined, desktop: desktopConfig };

const FLAGS: Flags = { output: 'json', logLevel: 'error', onlyCategories: ['performance'] };

async function auditOnce(url: string, port: number, formFactor: LighthouseFormFactor): Promise<LighthouseRun> {
  const result = await lighthouse(url, { ...FLAGS, port }, CONFIGS[formFactor]);
  if (!result) throw new Error('Lighthouse returned no result');
  const lhr = result.lhr as unknown as LighthouseJson;
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  return readLighthouseRun(lhr);
}

const firstLine = (error: unknown) => (error as Error).message.split('\n')[0];

/** One audit of one page in one form factor. */
export type Audit = (url: string, formFactor: LighthouseFormFactor) => Promise<LighthouseRun>;

/** `runs` audits of each page in each form factor at `origin`; a failed run is noted, and the others still count. */
export async function auditPages(origin: string, runs: number, audit: Audit, log: (line: string) => void = console.log): Promise<LighthouseResult[]> {
  const results: LighthouseResult[] = [];
  for (const formFactor of ['mobile', 'desktop'] as const) {
    for (const page of LIGHTHOUSE_PAGES) {
      const done: LighthouseRun[] = [];
      const errors: string[] = [];
      for (let run = 1; run <= runs; run++) {
        try {
          done.push(await audit(`${origin}${page.path}`, formFactor));
        } catch (error) {
          errors.push(`run ${run}: ${firstLine(error)}`);
        }
      }
      log(`  Lighthouse ${formFactor} ${page.path}: performance ${done.map((r) => r.score ?? 'n/a').join(', ') || 'n/a'}${errors.length ? ` (${errors.length} failed)` : ''}`);
      results.push({ page: page.name, path: page.path, formFactor, runs: done, summary: summariseRuns(done), errors });
    }
  }
  return results;
}

/** `runs` Lighthouse runs of each page in each form factor, against the build `server` serves, in one Chromium. */
export async function runLighthouse(server: BenchServer, runs: number): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    return await auditPages(server.url, runs, (url, formFactor) => auditOnce(url, chrome.port, formFactor));
  } finally {
    chrome.kill();
  }
}
