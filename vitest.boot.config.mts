import { defineConfig } from 'vitest/config';

// The boot tests (tests/boot): the BUILT main process (out/main/index.js) run
// in plain Node with `electron` resolved to a recording stand-in. They need
// `npm run build` first, so `npm test` runs them after the build, apart from
// the unit and component projects in vitest.config.mts.
export default defineConfig({
  test: {
    name: 'boot',
    environment: 'node',
    include: ['tests/boot/**/*.test.ts'],
    globalSetup: ['tests/boot/support/global-setup.ts'],
    // Each test starts one or two Node processes on a shared two-core machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    maxWorkers: 2,
  },
});
