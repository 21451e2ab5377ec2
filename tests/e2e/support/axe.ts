import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// axe-core on the page as it is, keeping only what would block or seriously
// hinder someone (impact serious or critical), printed so a failure reads
// without opening a report.

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

const BLOCKING = new Set(['serious', 'critical']);

export interface ViewViolations {
  view: string;
  violations: Violation[];
}

export async function blockingViolations(page: Page, view: string): Promise<ViewViolations> {
  // WCAG 2.1 A/AA plus axe's best practices; only the impact decides what fails.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return { view, violations: results.violations.filter((v) => BLOCKING.has(v.impact ?? '')) };
}

export function describeViolations({ view, violations }: ViewViolations): string {
  if (violations.length === 0) return `${view}: no serious or critical violations`;
  const lines = [`${view}: ${violations.length} serious or critical violation(s)`];
  for (const v of violations) {
    lines.push(`  [${v.impact}] ${v.id}: ${v.help}`, `    ${v.helpUrl}`);
    for (const node of v.nodes.slice(0, 5)) {
      lines.push(`    - ${node.target.join(' ')}`);
      const summary = node.failureSummary?.split('\n').map((s) => s.trim()).filter(Boolean).join(' / ');
      if (summary) lines.push(`      ${summary}`);
    }
    if (v.nodes.length > 5) lines.push(`    … and ${v.nodes.length - 5} more`);
  }
  return lines.join('\n');
}
