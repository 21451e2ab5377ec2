import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy/waitFor give up after 1 s by default. With unit and component tests
// sharing a busy two-core machine, a dialog's submit-and-close chain has taken
// 2.4 s (PersonForm, at load 9), so every wait gets 5 s: still bounded, and a
// real failure still fails.
configure({ asyncUtilTimeout: 5_000 });

// Each test starts from an empty document and without a bridge left over from the previous one.
afterEach(() => {
  cleanup();
  delete (window as { circlekeeper?: unknown }).circlekeeper;
});
