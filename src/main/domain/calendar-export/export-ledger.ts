import type { LedgerEvent, LedgerSent } from '../../../shared/calendar-export';
import type { CalendarEvent } from './calendar-event';

// SEQUENCE, kept honest. A calendar app replaces its copy of an event only
// when a newer file has a higher SEQUENCE for the same UID, and some (Outlook)
// flag an update that did not change anything visible. So SEQUENCE is worked
// out from what a participant can see: the ledger keeps, per UID, the
// fingerprint of the visible fields and the SEQUENCE they went out with; a
// different fingerprint means one more. A record's own counter (a meeting's
// `sequence`, bumped when it is moved or cancelled) is a floor, so files made
// before the first recorded export still rise with every change.

export interface LedgerState {
  events: readonly LedgerEvent[];
  sent: readonly LedgerSent[];
}

/** Turns the visible content into a fixed-length fingerprint (the service passes a SHA-256 cut to 128 bits). */
export type Fingerprinter = (visibleContent: string) => string;

/** Exactly the fields a participant's calendar shows; nothing else may move SEQUENCE. */
export function visibleContent(event: Omit<CalendarEvent, 'sequence' | 'uid' | 'kind' | 'recordId' | 'groupId' | 'series'>): string {
  return JSON.stringify([event.summary, event.description, event.date, event.startTime, event.timeZone, event.minutes, event.start, event.end, event.location, event.url, event.cancelled]);
}

export interface Sequenced {
  uid: string;
  fingerprint: string;
  sequence: number;
}

export class SequenceBook {
  private readonly events: ReadonlyMap<string, LedgerEvent>;
  private readonly sent: ReadonlyMap<string, LedgerSent>;
  private readonly sentByPerson = new Map<string, LedgerSent[]>();

  constructor(state: LedgerState) {
    this.events = new Map(state.events.map((e) => [e.uid, e]));
    this.sent = new Map(state.sent.map((s) => [sentKey(s.personId, s.uid), s]));
    for (const s of state.sent) {
      const list = this.sentByPerson.get(s.personId);
      if (list === undefined) this.sentByPerson.set(s.personId, [s]);
      else list.push(s);
    }
  }

  /** The SEQUENCE an event goes out with now: the recorded one, one more if it changed, never below the record's own. */
  sequenceOf(uid: string, fingerprint: string, storedSequence: number): number {
    const recorded = this.events.get(uid);
    if (recorded === undefined) return storedSequence;
    return Math.max(storedSequence, recorded.fingerprint === fingerprint ? recorded.sequence : recorded.sequence + 1);
  }

  recorded(uid: string): LedgerEvent | undefined {
    return this.events.get(uid);
  }

  /** What the person was last sent for this UID, if anything. */
  sentTo(personId: string, uid: string): LedgerSent | undefined {
    return this.sent.get(sentKey(personId, uid));
  }

  /** Everything the person was ever sent that is still live in their calendar (not cancelled). */
  liveFor(personId: string): LedgerSent[] {
    return (this.sentByPerson.get(personId) ?? []).filter((s) => s.fingerprint !== 'cancelled');
  }

  /** Was the person ever sent an invitation, cancellations included? */
  everSentTo(personId: string): boolean {
    return this.sentByPerson.has(personId);
  }

  /**
   * The SEQUENCE of a person's invitation: the event's own, and past what they
   * last received when their copy differs (their series lost meetings after
   * they left, say), so their calendar always takes it.
   */
  invitationSequence(personId: string, uid: string, copyFingerprint: string, eventSequence: number): number {
    const last = this.sentTo(personId, uid);
    if (last === undefined) return eventSequence;
    return Math.max(eventSequence, last.fingerprint === copyFingerprint ? last.sequence : last.sequence + 1);
  }

  /** Does the person's calendar lack this copy (never sent, or sent in another form)? */
  changedFor(personId: string, uid: string, copyFingerprint: string): boolean {
    return this.sentTo(personId, uid)?.fingerprint !== copyFingerprint;
  }
}

const sentKey = (personId: string, uid: string): string => `${personId} ${uid}`;

/** The ledger after an export is recorded: every event exported at its SEQUENCE, every invitation drafted. */
export function recordExport(
  state: LedgerState,
  exported: readonly (Sequenced & { snapshot: LedgerEvent['snapshot'] })[],
  drafted: readonly Omit<LedgerSent, 'sentAt'>[],
  now: Date,
): { events: LedgerEvent[]; sent: LedgerSent[] } {
  const events = new Map(state.events.map((e) => [e.uid, e]));
  for (const e of exported) events.set(e.uid, { uid: e.uid, fingerprint: e.fingerprint, sequence: e.sequence, snapshot: e.snapshot });
  const sent = new Map(state.sent.map((s) => [sentKey(s.personId, s.uid), s]));
  const sentAt = now.toISOString();
  for (const d of drafted) sent.set(sentKey(d.personId, d.uid), { ...d, sentAt });
  const byUid = (a: { uid: string }, b: { uid: string }) => a.uid.localeCompare(b.uid);
  return {
    events: [...events.values()].sort(byUid),
    sent: [...sent.values()].sort((a, b) => a.personId.localeCompare(b.personId) || byUid(a, b)),
  };
}
