import type { Page } from '@playwright/test';

// Console errors, uncaught exceptions and Content Security Policy violations
// on the page. The shared fixture fails any test whose page produced one that
// is not listed in HARMLESS below with the reason it is harmless.

export interface PageProblem {
  kind: 'console' | 'pageerror' | 'csp';
  text: string;
  url: string;
}

interface Harmless {
  pattern: RegExp;
  reason: string;
}

/**
 * Known, harmless messages. Keep this short; every entry needs a reason a
 * reviewer would accept. (Empty on purpose: the app currently logs nothing.)
 */
export const HARMLESS: readonly Harmless[] = [];

export const isHarmless = (problem: PageProblem): boolean => HARMLESS.some((h) => h.pattern.test(problem.text));

export function describeProblems(problems: readonly PageProblem[]): string {
  return problems.map((p, i) => `  ${i + 1}. [${p.kind}] ${p.text}${p.url ? `\n     at ${p.url}` : ''}`).join('\n');
}

export interface ProblemCollector {
  /** Everything recorded so far that is not harmless. */
  readonly problems: readonly PageProblem[];
  /** Removes and returns the recorded problems matching `pattern` (for tests that provoke one on purpose). */
  take(pattern: RegExp): PageProblem[];
}

const CSP_BINDING = '__circlekeeperTestCspViolation';

/**
 * Starts listening on `page` before its first navigation. CSP violations are
 * caught twice on purpose: Chromium logs them as console errors, and a
 * securitypolicyviolation listener reports them even if that wording changes.
 */
export async function collectProblems(page: Page): Promise<ProblemCollector> {
  let problems: PageProblem[] = [];
  const record = (problem: PageProblem) => {
    if (!isHarmless(problem)) problems.push(problem);
  };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const location = message.location();
    record({ kind: 'console', text: message.text(), url: location.url ? `${location.url}:${location.lineNumber}` : '' });
  });
  page.on('pageerror', (error) => {
    record({ kind: 'pageerror', text: `${error.name}: ${error.message}`, url: error.stack?.split('\n')[1]?.trim() ?? '' });
  });
  await page.exposeFunction(CSP_BINDING, (text: string, url: string) => record({ kind: 'csp', text, url }));
  // A string, not a function: this project type-checks without the DOM library.
  await page.addInitScript(`
    document.addEventListener('securitypolicyviolation', (event) => {
      window[${JSON.stringify(CSP_BINDING)}]?.(
        'CSP violation: ' + event.effectiveDirective + ' blocked ' + (event.blockedURI || '(inline)'),
        event.sourceFile + ':' + event.lineNumber,
      );
    });
  `);
  return {
    get problems() {
      return problems;
    },
    take(pattern) {
      const taken = problems.filter((p) => pattern.test(p.text));
      problems = problems.filter((p) => !taken.includes(p));
      return taken;
    },
  };
}
