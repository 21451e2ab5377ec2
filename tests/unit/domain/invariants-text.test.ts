import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../../src/main/domain/invariants';
import { group, person, record } from './records';

// Uniqueness is judged on the form a coach sees: text that looks the same is the
// same name, whichever Unicode form (NFC or NFD) a file happens to hold it in.

describe('invariants compare names and emails in one Unicode form', () => {
  it('finds two active groups whose names differ only in Unicode form or case', () => {
    const groups = [
      { file: 'groups/a.json', doc: record(group('a', 'Caf\u00e9 Circle'), []) },
      { file: 'groups/b.json', doc: record(group('b', ' CAFE\u0301 CIRCLE'), []) },
      { file: 'groups/c.json', doc: record(group('c', 'Cafe Circle'), []) },
    ];
    expect(checkInvariants({ people: [] }, groups)).toEqual([
      { file: 'groups/', message: 'More than one active group is called "caf\u00e9 circle".' },
    ]);
  });

  it('finds two people whose emails differ only in Unicode form', () => {
    const people = [
      { ...person('p1', 'Ana'), email: 'jos\u00e9@example.com' },
      { ...person('p2', 'Bo'), email: 'JOSE\u0301@example.com' },
    ];
    expect(checkInvariants({ people }, [])).toEqual([
      { file: 'index.json', message: 'The email jos\u00e9@example.com belongs to more than one person.' },
    ]);
  });
});
