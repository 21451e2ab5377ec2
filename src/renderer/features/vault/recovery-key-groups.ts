// The written-down check: the coach types back two groups of the key, chosen
// at random each time, so a key that was only glanced at is caught before
// it is gone for good.

/** "ABCD-EFGH-..." -> ["ABCD", "EFGH", ...]. */
export const keyGroups = (recoveryKey: string): string[] => recoveryKey.split('-');

/** Two different group positions (0-based, in order), from the window's random source. */
export function pickTwoGroups(count: number, random: () => number = secureRandom): [number, number] {
  const first = Math.floor(random() * count);
  let second = Math.floor(random() * (count - 1));
  if (second >= first) second += 1;
  return first < second ? [first, second] : [second, first];
}

function secureRandom(): number {
  const word = new Uint32Array(1);
  crypto.getRandomValues(word);
  return word[0]! / 2 ** 32;
}

/** Read as the recovery key is read (shared/recovery-key.ts): case, spaces and dashes do not matter, O is 0, I and L are 1. */
export function normaliseGroup(typed: string): string {
  return typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}
