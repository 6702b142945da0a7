/**
 * Runs axe-core in the page and returns the serious and critical violations as readable text.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

interface AxeNode { target: unknown[]; html: string; failureSummary?: string }
interface AxeViolation { id: string; impact?: string | null; help: string; helpUrl: string; nodes: AxeNode[] }

export interface A11yFinding { page: string; violations: AxeViolation[] }

export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const injected = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!injected) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function formatFindings(findings: A11yFinding[]): string {
  const lines: string[] = [];
  for (const { page, violations } of findings) {
    for (const v of violations) {
      lines.push(`${page}: [${v.impact}] ${v.id} — ${v.help}`, `  ${v.helpUrl}`);
      for (const node of v.nodes.slice(0, 5)) {
        lines.push(`  at ${node.target.map(String).join(' ')}`, `     ${node.html.slice(0, 200)}`);
        if (node.failureSummary) lines.push(...node.failureSummary.split('\n').map((s) => `     ${s}`));
      }
      if (v.nodes.length > 5) lines.push(`  … and ${v.nodes.length - 5} more element(s)`);
    }
  }
  return lines.join('\n');
}
