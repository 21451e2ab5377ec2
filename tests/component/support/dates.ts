import { fireEvent } from '@testing-library/react';

/**
 * What a browser does when the coach types a day its calendar does not have
 * (02/30/2027 into a date input): the value becomes "" and validity.badInput
 * turns true. happy-dom has no date picker, so the test sets both itself;
 * tests/e2e/members.spec.ts types the real thing into Chromium.
 */
export function typeUnreadableDate(input: HTMLElement): void {
  const real = (input as HTMLInputElement).validity;
  Object.defineProperty(input, 'validity', {
    configurable: true,
    get: () => ({ ...real, badInput: true, valid: false }),
  });
  fireEvent.change(input, { target: { value: '' } });
}
