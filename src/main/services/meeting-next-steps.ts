import type { NextStepChanged, NextStepReviewed } from '../../shared/contract/meeting-records';
import { dayLabel } from '../../shared/calendar/days';
import type { Meeting, NextStep } from '../../shared/meetings';
import { carriedCopyIn, reopenStep, reviewStep } from '../domain/meetings/next-steps';
import { happenedRefusal, memberRefusal } from '../domain/meetings/recording';
import type { ServiceContext } from './context';
import { conflict, notFound } from './errors';
import type { Handlers } from './handlers';
import { loadProgramme, momentOf, recordIn, requireMeeting, requireMembership, updateRecord, type LoadedProgramme } from './meeting-programme';
import { writeMeetingRecords } from './records-writes';

type NextStepMethods = 'meetings.addNextStep' | 'meetings.updateNextStep' | 'meetings.removeNextStep' | 'meetings.reviewNextStep';

const refuse = (reason: string | null): void => {
  if (reason) throw conflict(reason);
};

function requireStep(loaded: LoadedProgramme, meeting: Readonly<Meeting>, stepId: string): NextStep {
  const step = loaded.records.get(meeting.id)?.nextSteps.find((s) => s.id === stepId);
  if (!step) throw notFound('That next step');
  return step;
}

/** A reviewed step is part of the record of the meeting that reviewed it; it changes only by undoing that review. */
function editableRefusal(loaded: LoadedProgramme, step: NextStep): string | null {
  if (step.status !== 'open') {
    const at = loaded.doc.meetings.find((m) => m.id === step.reviewedInMeetingId);
    return `This next step was reviewed${at ? ` at the meeting on ${dayLabel(at.date)}` : ''}. Undo that review to change it.`;
  }
  if (step.carriedFromId !== null) {
    return 'This next step was carried over from an earlier meeting. To take it back, undo the review that carried it over.';
  }
  return null;
}

export function meetingNextStepServices(ctx: ServiceContext): Handlers<NextStepMethods> {
  return {
    'meetings.addNextStep': async ({ groupId, meetingId, membershipId, text, dueOn }) => {
      const loaded = await loadProgramme(ctx, groupId);
      const meeting = requireMeeting(loaded.doc, meetingId);
      refuse(happenedRefusal(momentOf(ctx, meeting, loaded.records.get(meeting.id)), 'next steps'));
      refuse(memberRefusal(requireMembership(loaded.doc, membershipId), loaded.nameOf(membershipId), meeting.date));
      const step: NextStep = {
        id: ctx.newId(),
        membershipId,
        text,
        dueOn,
        status: 'open',
        reviewedAt: null,
        reviewedInMeetingId: null,
        carriedFromId: null,
        createdAt: ctx.now().toISOString(),
      };
      await updateRecord(ctx, groupId, meeting, (draft) => void draft.nextSteps.push(step));
      return structuredClone({ step });
    },

    'meetings.updateNextStep': async ({ groupId, meetingId, stepId, text, dueOn }): Promise<NextStepChanged> => {
      const loaded = await loadProgramme(ctx, groupId);
      const meeting = requireMeeting(loaded.doc, meetingId);
      const step = requireStep(loaded, meeting, stepId);
      if (step.status !== 'open') refuse(editableRefusal(loaded, step));
      const record = await updateRecord(ctx, groupId, meeting, (draft) => {
        const stored = draft.nextSteps.find((s) => s.id === stepId)!;
        stored.text = text;
        stored.dueOn = dueOn;
      });
      return structuredClone({ step: record.nextSteps.find((s) => s.id === stepId)! });
    },

    'meetings.removeNextStep': async ({ groupId, meetingId, stepId }) => {
      const loaded = await loadProgramme(ctx, groupId);
      const meeting = requireMeeting(loaded.doc, meetingId);
      refuse(editableRefusal(loaded, requireStep(loaded, meeting, stepId)));
      await updateRecord(ctx, groupId, meeting, (draft) => void (draft.nextSteps = draft.nextSteps.filter((s) => s.id !== stepId)));
      return { removed: stepId };
    },

    'meetings.reviewNextStep': async ({ groupId, meetingId, stepMeetingId, stepId, outcome }): Promise<NextStepReviewed> => {
      const loaded = await loadProgramme(ctx, groupId);
      const reviewing = requireMeeting(loaded.doc, meetingId);
      const agreedAt = requireMeeting(loaded.doc, stepMeetingId);
      const step = requireStep(loaded, agreedAt, stepId);
      const reviewingRecord = loaded.records.get(reviewing.id);
      refuse(happenedRefusal(momentOf(ctx, reviewing, reviewingRecord), 'reviews'));
      if (agreedAt.start >= reviewing.start) throw conflict('A next step is reviewed at a later meeting than the one that agreed it.');
      refuse(memberRefusal(requireMembership(loaded.doc, step.membershipId), loaded.nameOf(step.membershipId), reviewing.date));

      let updated: NextStep;
      let carried: NextStep | null = null;
      if (outcome === 'open') {
        if (step.status === 'open') throw conflict('This next step has not been reviewed yet.');
        if (step.reviewedInMeetingId !== reviewing.id) throw conflict('This next step was reviewed at another meeting; undo it there.');
        const copy = step.status === 'carried-over' ? carriedCopyIn(reviewingRecord, step.id) : undefined;
        if (copy && copy.status !== 'open') {
          throw conflict('The step it was carried over to has been reviewed since. Undo that review first.');
        }
        updated = reopenStep(step);
      } else {
        if (step.status !== 'open') throw conflict('This next step has already been reviewed. Undo that review to change it.');
        ({ step: updated, carried } = reviewStep(step, outcome, {
          meetingId: reviewing.id,
          meetingDate: reviewing.date,
          now: ctx.now().toISOString(),
          newId: ctx.newId,
        }));
      }

      // A step and its carried copy can live in two year files, which cannot be
      // written as one. The copy is written first: a crash between the writes
      // leaves the old step open beside its copy (shown twice, and the retry
      // below finds the copy), never a step closed with its copy lost.
      const put = (draft: { nextSteps: NextStep[] }): void => {
        draft.nextSteps = draft.nextSteps.map((s) => (s.id === updated.id ? updated : s));
      };
      const carry = (draft: { nextSteps: NextStep[] }): void => {
        if (outcome === 'open') draft.nextSteps = draft.nextSteps.filter((s) => s.carriedFromId !== step.id);
        else if (carried && !carriedCopyIn(draft, step.id)) draft.nextSteps.push(carried);
      };
      const touchesCopy = outcome === 'open' ? step.status === 'carried-over' : carried !== null;
      if (agreedAt.recordsYear === reviewing.recordsYear) {
        const now = ctx.now().toISOString();
        await writeMeetingRecords(ctx, groupId, agreedAt.recordsYear, [reviewing.id, agreedAt.id], (draft) => {
          if (touchesCopy) carry(recordIn(draft, reviewing.id, now));
          put(recordIn(draft, agreedAt.id, now));
        });
      } else {
        if (touchesCopy) await updateRecord(ctx, groupId, reviewing, carry);
        await updateRecord(ctx, groupId, agreedAt, put);
      }
      const copyNow = outcome === 'open' ? null : carried && (await copyStored(ctx, groupId, reviewing, step.id));
      return structuredClone({ step: updated, carried: copyNow ?? null });
    },
  };
}

/** The carried copy as stored (an earlier, interrupted review may have written it already). */
async function copyStored(ctx: ServiceContext, groupId: string, reviewing: Readonly<Meeting>, stepId: string): Promise<NextStep | undefined> {
  const file = await ctx.store.meetingRecords(groupId, reviewing.recordsYear);
  return carriedCopyIn(
    file.records.find((r) => r.meetingId === reviewing.id),
    stepId,
  );
}
