import { promises as fs } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../cli/cli-helpers';
import { canaryHits, filesUnder, type Haystack } from '../../support/canary-scan';
import { monthlyRule } from '../../support/meeting-plans';
import { openHarness, type ServiceHarness } from '../../support/services';
import { sampleGroupInput, samplePersonInput } from '../../support/sample-records';
import { makeTempDir, removeTempDirs } from '../../support/temp-dir';

// No confidential text reaches a calendar file or an invitation draft: canaries
// go into a note, a goal, a check-in, a next step, a norm and a cancelled
// meeting's reason; then every file `calendar` writes is searched in every
// encoding, each draft also after its MIME parts are decoded (quoted-printable
// and base64) and its calendar lines unfolded. The group's name is a marker that
// must be found, so the search is known to reach the text it looks through.

const PASSPHRASE = 'canary violet harbour lantern 42';
const SECRETS = {
  note: 'CNRYcalnote-71c2 Zoë’s «secret» plan',
  goal: 'CNRYcalgoal-0e9d Ask for the promotion',
  checkIn: 'CNRYcalcheckin-4b1f stuck on the reorg',
  nextStep: 'CNRYcalstep-9a3e Talk to HR about Ian',
  norm: 'CNRYcalnorm-2d77 What is said here stays',
  reason: 'CNRYcalreason-5f10 Zoë in hospital',
};
const MARKER = 'MRKRgroup-63aa Ålesund Circle';

let h: ServiceHarness | null = null;
afterEach(async () => {
  await h?.close().catch(() => undefined);
  h = null;
  await removeTempDirs();
});

async function decodedDraft(file: Haystack): Promise<Haystack[]> {
  const mail = await simpleParser(file.bytes);
  return [
    { name: `${file.name} (text)`, bytes: Buffer.from(mail.text ?? '') },
    { name: `${file.name} (subject)`, bytes: Buffer.from(mail.subject ?? '') },
    ...mail.attachments.map((a) => ({ name: `${file.name} (${a.contentType})`, bytes: a.content })),
  ];
}

describe('calendar files and drafts hold no confidential text', () => {
  it('finds no note, goal, check-in, next step, norm or cancellation reason in any file or draft, decoded or not', async () => {
    h = await openHarness();
    await h.ok('settings.update', { coachName: 'Jordan Ellis', coachTimeZone: 'Europe/London', coachEmail: 'jordan@example.com' });
    const zoe = await h.ok('people.create', samplePersonInput({ name: 'Zoë Brandt', email: 'zoe@example.com' }));
    const ian = await h.ok('people.create', samplePersonInput({ name: 'Ian Cole', email: 'ian@example.com' }));
    const group = await h.ok('groups.create', sampleGroupInput({ name: MARKER, startDate: '2026-03-01' }));
    const ms = [];
    for (const p of [zoe, ian]) ms.push(await h.ok('memberships.add', { groupId: group.id, personId: p.id, joinedOn: '2026-03-01' }));
    await h.ok('goals.set', { groupId: group.id, membershipId: ms[0]!.id, goal: { text: SECRETS.goal, targetDate: '', status: 'in-progress' } });
    await h.ok('norms.add', { groupId: group.id, text: SECRETS.norm });
    const { meetings } = await h.ok('meetings.planSeries', { groupId: group.id, rule: monthlyRule({ fromDate: '2026-03-01', end: { type: 'count', count: 4 } }), adjustments: [] });
    await h.ok('meetings.recordCheckIn', { groupId: group.id, meetingId: meetings[0]!.id, membershipId: ms[0]!.id, progress: 'stuck', summary: SECRETS.checkIn });
    await h.ok('meetings.addNextStep', { groupId: group.id, meetingId: meetings[0]!.id, membershipId: ms[0]!.id, text: SECRETS.nextStep, dueOn: '' });
    await h.ok('meetings.cancel', { groupId: group.id, meetingId: meetings[2]!.id, reason: SECRETS.reason });
    await h.ok('oneToOnes.schedule', { groupId: group.id, personId: zoe.id, date: '2026-03-20', time: '09:00', minutes: 45, where: 'https://meet.example.com/zoe' });
    await h.ok('vault.setUp', { passphrase: PASSPHRASE });
    await h.ok('notes.create', {
      kind: 'member', date: '2026-03-10', groupId: group.id, meetingId: null, personIds: [zoe.id], templateId: null,
      content: { title: SECRETS.note, fields: [{ label: 'Notes', text: SECRETS.note }] },
    });
    await h.close();
    const dir = h.dir;
    h = null;

    const out = await makeTempDir();
    const run = await cli('calendar', '--data-dir', dir, '--out', out, '--from', '2026-03-01', '--record');
    expect(run).toMatchObject({ code: 0, err: '' });
    const files = await filesUnder(out);
    const drafts = files.filter((f) => f.name.endsWith('.eml'));
    expect(drafts.length).toBeGreaterThanOrEqual(3); // the series for each member, and Zoë's 1:1
    const haystacks: Haystack[] = [...files, { name: 'cli output', bytes: Buffer.from(`${run.out}\n${run.err}`) }];
    for (const d of drafts) haystacks.push(...(await decodedDraft(d)));
    expect(canaryHits(haystacks, Object.values(SECRETS).map((s) => s.normalize('NFC')))).toEqual([]);
    // The same search does find what is meant to be there, in the files and in the decoded drafts.
    const found = canaryHits(haystacks, [MARKER]);
    expect(found.some((n) => n.includes('.ics'))).toBe(true);
    expect(found.some((n) => n.includes('(text)'))).toBe(true);
    const cancelled = await fs.readFile(path.join(out, 'coach.ics'), 'utf8');
    expect(cancelled).toContain('STATUS:CANCELLED');
  }, 60_000);
});
