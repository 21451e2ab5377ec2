import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';
import type MimeNode from 'nodemailer/lib/mime-node';
import type { CalendarPerson } from './calendar-event';
import { messageBytes } from './mime-bytes';
import { shortHash } from './short-hash';

// One invitation as an email draft (.eml) the coach opens in their own mail
// program and sends from there: the app itself sends nothing.
//
// Shape: the one Google Calendar sends its own invitations in, and what
// nodemailer's icalEvent option builds:
//   multipart/mixed
//     multipart/alternative
//       text/plain                                    (invitation-text.ts)
//       text/calendar; charset=utf-8; method=REQUEST   (what Gmail, Outlook and Apple Mail act on)
//     application/ics; name=invite.ics                (the same calendar, as an attachment)
// The attachment is kept on purpose: a draft is re-composed by the mail program
// when the coach presses Send, and programs keep attachments through that far
// more reliably than an inline calendar alternative; a reader that ignores the
// inline part can still open invite.ics. Both carry the same bytes, and one
// calendar object (one UID), because mail clients act on one per message.
//
// `X-Unsent: 1` makes Outlook and Apple Mail open the file as a draft ready to
// send rather than as a received message. Boundary, Message-ID and Date come
// from the input, so the same invitation exported twice is byte-identical.

export interface DraftInput {
  from: CalendarPerson;
  to: CalendarPerson;
  subject: string;
  text: string;
  /** The whole VCALENDAR text and the METHOD it carries; CRLF line ends (RFC 5545) go out unchanged, bare LFs become CRLF. */
  calendar: { method: 'REQUEST' | 'CANCEL'; content: string };
  date: Date;
  /** With or without angle brackets ("invite-…@circlekeeper"); also seeds the MIME boundary. */
  messageId: string;
}

// Not in @types/nodemailer, but read by MailComposer for the root node's boundary.
type ComposerOptions = Mail.Options & { baseBoundary: string };

const bracketed = (id: string): string => {
  const bare = id.trim().replace(/^<|>$/g, '');
  if (bare === '' || /[\s<>]/.test(bare)) throw new Error(`Not a usable Message-ID: ${JSON.stringify(id)}`);
  return `<${bare}>`;
};

// Mail and iCalendar both end lines with CRLF; nodemailer passes 7-bit text
// through as it is, so a bare LF from a template would reach the file as one.
const crlf = (text: string): string => text.replace(/\r\n|\r|\n/g, '\r\n');

/** The message as nodemailer composes it: every header, encoding and boundary is its decision. */
export function composeDraft(input: DraftInput): MimeNode {
  const messageId = bracketed(input.messageId);
  const options: ComposerOptions = {
    // Address objects, not "Name <address>" strings: nodemailer then quotes or
    // RFC 2047-encodes the name itself, so commas, semicolons, quotes and emoji
    // in a name can never split it into two addresses.
    from: { name: input.from.name, address: input.from.email },
    to: { name: input.to.name, address: input.to.email },
    subject: input.subject,
    text: crlf(input.text),
    icalEvent: { method: input.calendar.method, content: crlf(input.calendar.content) },
    headers: { 'X-Unsent': '1' },
    date: input.date,
    messageId,
    baseBoundary: shortHash(messageId) + shortHash(messageId, 0x01000193),
    // Drafts point at nothing outside themselves.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
  return new MailComposer(options).compile();
}

export async function writeDraft(input: DraftInput): Promise<Buffer> {
  return messageBytes(composeDraft(input));
}
