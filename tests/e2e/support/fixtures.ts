import { test as base, expect } from '@playwright/test';
import { BROWSER_TIME_ZONE, FIXED_NOW, hostClient, type Host } from './host';
import { collectProblems, describeProblems, type ProblemCollector } from './page-problems';

// The shared fixture for every e2e test:
// - a fresh, empty store on the shared host before each test (the host runs
//   one store, which is why the e2e project runs with one worker);
// - the page's clock pinned to the same instant as the host's, and the browser
//   in a fixed zone and locale, so nothing depends on the machine or the date;
// - console errors, uncaught exceptions and CSP violations fail the test.

export interface E2eOptions {
  /** The instant the host's clock starts from and the page's Date returns. */
  now: string;
}

export interface E2eFixtures {
  host: Host;
  pageProblems: ProblemCollector;
  problemGuard: void;
}

export const test = base.extend<E2eOptions & E2eFixtures>({
  now: [FIXED_NOW, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  timezoneId: async ({}, use) => use(BROWSER_TIME_ZONE),
  // eslint-disable-next-line no-empty-pattern
  locale: async ({}, use) => use('en-GB'),

  // Auto: even a test that never calls the host starts from an empty store.
  host: [
    async ({ request, now }, use) => {
      const host = hostClient(request);
      await host.reset(now);
      await use(host);
    },
    { auto: true },
  ],

  page: async ({ page, now }, use) => {
    // Only Date is pinned; timers run for real, so toasts, Radix and react-query behave as usual.
    await page.clock.setFixedTime(new Date(now));
    await use(page);
  },

  pageProblems: async ({ page }, use) => {
    await use(await collectProblems(page));
  },

  // Auto, so no test can forget it; it runs after the test body, before the page closes.
  problemGuard: [
    async ({ pageProblems }, use) => {
      await use();
      const left = pageProblems.problems;
      if (left.length > 0) {
        throw new Error(`The page reported ${left.length} problem(s):\n${describeProblems(left)}`);
      }
    },
    { auto: true },
  ],
});

export { expect };
