import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';

// axe-core, the maintained accessibility engine, injected into the page and
// run against WCAG 2.2 AA (which includes 2.0 and 2.1 A and AA).

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** The rules axe runs when asked for all it checks by default: WCAG A and AA and its best practices (landmarks, headings, regions...). */
export const EVERY_RULE_TAGS = [...WCAG_AA_TAGS, 'best-practice'];

export async function axeViolations(target: Page | Frame, tags: readonly string[] = WCAG_AA_TAGS): Promise<AxeViolation[]> {
  await target.evaluate(AXE_SOURCE);
  return target.evaluate(async (tags: string[]) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, [...tags]);
}
