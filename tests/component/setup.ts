import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Each test starts from an empty document and without a bridge left over from the previous one.
afterEach(() => {
  cleanup();
  delete (window as { circlekeeper?: unknown }).circlekeeper;
});
