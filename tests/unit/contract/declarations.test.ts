import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  api,
  changesReach,
  EVERYTHING,
  isCommandName,
  isQueryName,
  methodNames,
  TAG_KINDS,
  tags,
  tagsMeet,
  type CommandName,
  type QueryName,
} from '../../../src/shared/api';
import { mergeAreas, type DuplicateNames } from '../../../src/shared/contract';
import { command, query } from '../../../src/shared/contract/method';
import { none } from '../../../src/shared/contract/inputs';

// The shape of the contract: every method is a query or a command with its
// declaration, the areas merge without losing a name, and tags meet as the
// renderer's refresh assumes.

describe('the contract by area', () => {
  it('marks every method as a query, with what it reads, or a command, with what it changes', () => {
    for (const name of methodNames) {
      const spec = api[name] as { kind: string; reads?: unknown; changes?: unknown };
      expect(['query', 'command'], name).toContain(spec.kind);
      if (spec.kind === 'query') expect(typeof spec.reads, name).toBe('function');
      else expect(typeof spec.changes, name).toBe('function');
    }
    expect(methodNames.filter(isQueryName).length + methodNames.filter(isCommandName).length).toBe(methodNames.length);
  });

  it('keeps reads as queries and changes as commands', () => {
    // Reads are safe to repeat and to cache; everything that saves, removes or acts is a command.
    expect(methodNames.filter(isQueryName).sort()).toEqual(
      [
        'app.info', 'backups.list', 'dashboard.get', 'groups.get', 'groups.list', 'people.get', 'people.importPreview', 'people.list', 'settings.get',
        'meetings.page', 'meetings.memberStats', 'meetings.previewSwap', 'meetings.personNextSteps', 'meetings.personHistory',
        'meetings.forGroup', 'meetings.previewSeries', 'meetings.previewAt',
        'calendar.month', 'calendar.agenda', 'calendar.conflicts', 'calendar.settings',
        'vault.status', 'vault.passphraseStrength',
        'notes.list', 'notes.get', 'notes.versions', 'notes.version', 'notes.search', 'notes.templates',
        'between.view', 'between.personHistory', 'between.previewSwap', 'oneToOnes.forGroup', 'oneToOnes.due', 'oneToOnes.byMember', 'oneToOnes.conflicts',
        'calendarExport.preview',
      ].sort(),
    );
    expectTypeOf<'groups.get'>().toExtend<QueryName>();
    expectTypeOf<'norms.add'>().toExtend<CommandName>();
  });

  it('answers with tags of known kinds only', () => {
    const someId = '00000000-0000-4000-8000-000000000001';
    for (const name of methodNames.filter(isQueryName)) {
      const reads = api[name].reads as (input: unknown, answer: unknown) => readonly { kind: string }[];
      for (const tag of reads({ id: someId }, undefined)) expect(TAG_KINDS, name).toContain(tag.kind);
    }
  });

  it('refuses to merge two areas that declare one name, and the compiler names it', () => {
    const first = { 'groups.peek': query<number>()(none, () => [tags.group()]) } as const;
    const second = { 'groups.peek': command<number>()(none, () => [tags.group()]) } as const;
    expect(() => mergeAreas([first, second])).toThrow('The contract declares groups.peek twice.');
    expect(Object.keys(mergeAreas([first, { 'groups.poke': second['groups.peek'] }]))).toEqual(['groups.peek', 'groups.poke']);
    // The same check index.ts runs at compile time over its areas.
    expectTypeOf<DuplicateNames<[typeof first, typeof second]>>().toEqualTypeOf<'groups.peek'>();
    expectTypeOf<DuplicateNames<[typeof first, { 'groups.poke': 1 }]>>().toBeNever();
  });
});

describe('tags', () => {
  it('meet on the same record, or when either side means every record of the kind', () => {
    expect(tagsMeet(tags.group('a'), tags.group('a'))).toBe(true);
    expect(tagsMeet(tags.group('a'), tags.group('b'))).toBe(false);
    expect(tagsMeet(tags.group(), tags.group('b'))).toBe(true);
    expect(tagsMeet(tags.group('a'), tags.group())).toBe(true);
    // One group's members are not its record, and a person is not a group with the same id.
    expect(tagsMeet(tags.members('a'), tags.group('a'))).toBe(false);
    expect(tagsMeet(tags.person('a'), tags.group('a'))).toBe(false);
  });

  it('reach a view when any changed tag meets any tag it reads; nothing changed reaches nothing', () => {
    expect(changesReach([tags.norms('a')], [tags.group('a'), tags.norms()])).toBe(true);
    expect(changesReach([tags.norms('a')], [tags.person(), tags.memberships(), tags.group()])).toBe(false);
    expect(changesReach([], EVERYTHING)).toBe(false);
    for (const kind of TAG_KINDS) expect(changesReach(EVERYTHING, [{ kind, id: 'x' }])).toBe(true);
  });
});
