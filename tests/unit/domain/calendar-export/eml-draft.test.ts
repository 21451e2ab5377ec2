import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { writeDraft, type DraftInput } from '../../../../src/main/domain/calendar-export/eml-draft';

// An invitation draft read back with a real MIME parser (mailparser), the way a
// mail program would: headers decoded, parts found by type, the calendar part
// decoded to exactly the bytes that went in.

const fold = (line: string): string => {
  // RFC 5545 folding at 75 octets without splitting a character, as the writers do.
  const out: string[] = [];
  let current = '';
  for (const char of line) {
    if (Buffer.byteLength(current + char) > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
    }
    current += char;
  }
  return [...out, current].join('\r\n ');
};

// Any valid VCALENDAR will do here (invitation.ts writes the real one): long
// UTF-8 lines and escaped TEXT are what a transfer encoding could get wrong.
const calendar = (method: 'REQUEST' | 'CANCEL', title = 'Founders Circle'): string =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Circlekeeper//Test//EN',
    `METHOD:${method}`,
    'BEGIN:VEVENT',
    'UID:series-s1@circlekeeper',
    'SEQUENCE:2',
    'DTSTAMP:20270101T100000Z',
    'DTSTART;TZID=Europe/London:20270112T180000',
    'DTEND;TZID=Europe/London:20270112T193000',
    fold(`SUMMARY:${title}`),
    'ORGANIZER;CN="Sam Coach":mailto:sam@coach.example',
    'ATTENDEE;CN="Raj Patel";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:raj@example.org',
    method === 'CANCEL' ? 'STATUS:CANCELLED' : 'STATUS:CONFIRMED',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

const draft = (extra: Partial<DraftInput> = {}): DraftInput => ({
  from: { name: 'Sam Coach', email: 'sam@coach.example' },
  to: { name: 'Raj Patel', email: 'raj@example.org' },
  subject: 'Founders Circle: 12 monthly meetings, Jan to Dec 2027',
  text: 'Hello Raj Patel,\n\nTimes are in your time zone, America/New_York.\n\n- Tue 12 Jan 2027, 13:00–14:30\n',
  calendar: { method: 'REQUEST', content: calendar('REQUEST') },
  date: new Date('2027-01-01T10:00:00.000Z'),
  messageId: 'invite-series-s1-2-raj@circlekeeper',
  ...extra,
});

const parse = async (input: DraftInput): Promise<{ raw: Buffer; mail: ParsedMail }> => {
  const raw = await writeDraft(input);
  return { raw, mail: await simpleParser(raw) };
};
const only = (field: AddressObject | AddressObject[] | undefined) => {
  const list = Array.isArray(field) ? field.flatMap((f) => f.value) : (field?.value ?? []);
  expect(list).toHaveLength(1);
  return list[0];
};
const headerBlock = (raw: Buffer): string => raw.toString('latin1').split('\r\n\r\n')[0] ?? '';

describe('invitation email drafts', () => {
  it('is marked unsent and carries the headers a mail program opens as a draft', async () => {
    const { raw, mail } = await parse(draft());
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(only(mail.from)).toEqual({ name: 'Sam Coach', address: 'sam@coach.example' });
    expect(only(mail.to)).toEqual({ name: 'Raj Patel', address: 'raj@example.org' });
    expect(mail.subject).toBe('Founders Circle: 12 monthly meetings, Jan to Dec 2027');
    expect(mail.messageId).toBe('<invite-series-s1-2-raj@circlekeeper>');
    expect(mail.date?.toISOString()).toBe('2027-01-01T10:00:00.000Z');
    expect(headerBlock(raw)).toMatch(/^Content-Type: multipart\/mixed;/m);
    expect(raw.toString('latin1')).not.toMatch(/[^\r]\n/); // CRLF throughout
  });

  it('has the text part and the calendar both inline (method=REQUEST) and as invite.ics, byte for byte', async () => {
    const input = draft();
    const { mail } = await parse(input);
    expect(mail.text).toBe(input.text);
    const inline = mail.attachments.filter((a) => a.contentType === 'text/calendar');
    const attached = mail.attachments.filter((a) => a.filename === 'invite.ics');
    expect(inline).toHaveLength(1);
    expect(attached).toHaveLength(1);
    const type = inline[0]?.headers.get('content-type') as { params: Record<string, string> };
    expect(type.params).toMatchObject({ method: 'REQUEST', charset: 'utf-8' });
    expect(inline[0]?.content.equals(Buffer.from(input.calendar.content, 'utf8'))).toBe(true);
    expect(attached[0]?.contentDisposition).toBe('attachment');
    expect(attached[0]?.content.equals(Buffer.from(input.calendar.content, 'utf8'))).toBe(true);
  });

  it('carries a cancellation as method=CANCEL', async () => {
    const content = calendar('CANCEL');
    const { mail } = await parse(draft({ subject: 'Cancelled: 1:1 with Sam Coach on 3 Mar', calendar: { method: 'CANCEL', content } }));
    const inline = mail.attachments.find((a) => a.contentType === 'text/calendar');
    expect((inline?.headers.get('content-type') as { params: Record<string, string> }).params.method).toBe('CANCEL');
    expect(inline?.content.toString('utf8')).toBe(content);
    expect(mail.subject).toBe('Cancelled: 1:1 with Sam Coach on 3 Mar');
  });

  it('keeps a 2,000-character title with emoji and escaped commas exact through the transfer encoding', async () => {
    const title = 'Founders Circle\\, Q1\\; “review” 😀 é '.repeat(60).slice(0, 2000);
    const content = calendar('REQUEST', title);
    const { raw, mail } = await parse(draft({ calendar: { method: 'REQUEST', content } }));
    expect(mail.attachments.find((a) => a.contentType === 'text/calendar')?.content.toString('utf8')).toBe(content);
    // RFC 5322: no line over 998 octets, whatever the content.
    expect(Math.max(...raw.toString('latin1').split('\r\n').map((l) => l.length))).toBeLessThanOrEqual(998);
  });

  it('ends the lines of a calendar or text written with bare LFs with CRLF, as mail and RFC 5545 require', async () => {
    const content = calendar('REQUEST');
    const { raw, mail } = await parse(draft({ text: 'a\nb\n', calendar: { method: 'REQUEST', content: content.replace(/\r\n/g, '\n') } }));
    expect(raw.toString('latin1')).not.toMatch(/[^\r]\n/);
    expect(mail.attachments.find((a) => a.contentType === 'text/calendar')?.content.toString('utf8')).toBe(content);
  });

  it.each([
    ['a comma', 'Patel, Raj'],
    ['a semicolon', 'Raj; Patel'],
    ['quotes', 'Kim "KJ" O\'Neil'],
    ['emoji and accents', 'Zoë 🌱 Müller'],
    ['all of them', '"Sam, the Coach"; 😀 <not@an.address>'],
  ])('encodes a name with %s so it stays one address (RFC 2047 when not ASCII)', async (_what, name) => {
    const { raw, mail } = await parse(draft({ from: { name, email: 'sam@coach.example' }, to: { name, email: 'raj@example.org' } }));
    expect(only(mail.from)).toEqual({ name, address: 'sam@coach.example' });
    expect(only(mail.to)).toEqual({ name, address: 'raj@example.org' });
    const headers = headerBlock(raw);
    expect(headers).toMatch(/^[\x20-\x7e\r\n\t]*$/); // 7-bit headers: non-ASCII only as encoded words
    if (/[^\x20-\x7e]/.test(name)) expect(headers).toMatch(/^To: =\?UTF-8\?/m);
  });

  it('is the same bytes every time for the same input, and only the Message-ID changes the boundary', async () => {
    const first = await writeDraft(draft());
    const again = await writeDraft(draft({ messageId: '<invite-series-s1-2-raj@circlekeeper>' }));
    expect(again.equals(first)).toBe(true);
    const other = (await writeDraft(draft({ messageId: 'invite-series-s1-3-raj@circlekeeper' }))).toString('latin1');
    const boundary = (raw: string) => /boundary="([^"]+)"/.exec(raw)?.[1];
    expect(boundary(other)).not.toBe(boundary(first.toString('latin1')));
  });

  it('refuses a Message-ID that would break the header', async () => {
    await expect(writeDraft(draft({ messageId: 'two words@x' }))).rejects.toThrow(/Message-ID/);
    await expect(writeDraft(draft({ messageId: '  ' }))).rejects.toThrow(/Message-ID/);
  });
});
