import { previewAddressBook, type ImportOutcome, type ImportScheduler } from '../../../../src/main/domain/address-book';
import type { AddressBookFormat } from '../../../../src/shared/address-book';

export const context = {
  existingPeople: [{ id: 'p1', name: 'Ada Lovelace', email: 'ada@example.com' }],
  coachTimeZone: 'Europe/Berlin',
};

/** Never gives way: the plain, synchronous order of work. */
export const straightThrough: ImportScheduler = { shouldYield: () => false, yieldNow: () => Promise.resolve() };

/** Gives way after every row, to prove pausing the reader loses and repeats nothing. */
export function everyRow(): ImportScheduler & { yields: number } {
  const scheduler = {
    yields: 0,
    shouldYield: () => true,
    yieldNow: () =>
      new Promise<void>((resolve) => {
        scheduler.yields += 1;
        setImmediate(resolve);
      }),
  };
  return scheduler;
}

export async function preview(text: string, format: AddressBookFormat = 'csv', scheduler: ImportScheduler = straightThrough) {
  const outcome = await previewAddressBook({ text, format }, context, scheduler);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.preview;
}

export async function refusal(text: string, format: AddressBookFormat = 'csv'): Promise<string> {
  const outcome: ImportOutcome = await previewAddressBook({ text, format }, context, straightThrough);
  if (outcome.ok) throw new Error('expected the file to be refused');
  return outcome.message;
}
