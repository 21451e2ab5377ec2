import MimeNode from 'nodemailer/lib/mime-node';
import { describe, expect, it } from 'vitest';
import { composeDraft, writeDraft, type DraftInput } from '../../../../src/main/domain/calendar-export/eml-draft';
import { messageBytes } from '../../../../src/main/domain/calendar-export/mime-bytes';

// The drafts are written without nodemailer's streams (mime-bytes.ts); the
// promise is that the bytes are exactly the ones its own build() makes. Each
// case composes the draft twice (the boundary and date come from the input, so
// both trees are alike) and compares the two writers byte for byte.

const base: DraftInput = {
  from: { name: 'Sam Coach', email: 'sam@coach.example' },
  to: { name: 'Raj Patel', email: 'raj@example.org' },
  subject: 'Founders Circle: 12 monthly meetings',
  text: 'Hello Raj Patel,\n\n- Tue 12 Jan 2027, 13:00–14:30\n',
  calendar: { method: 'REQUEST', content: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n' },
  date: new Date('2027-01-01T10:00:00.000Z'),
  messageId: 'invite-series-s1-2-raj@circlekeeper',
};

const viaStreams = (input: DraftInput): Promise<Buffer> => composeDraft(input).build();

async function expectAlike(input: DraftInput): Promise<void> {
  const fast = await writeDraft(input);
  const reference = await viaStreams(input);
  // Compared as text first so a failure shows where they part.
  expect(fast.toString('latin1')).toBe(reference.toString('latin1'));
  expect(fast.equals(reference)).toBe(true);
}

/** A small seeded generator, so a failing case can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Pieces that make transfer encodings choose and wrap differently: blanks at
// line ends, soft-break candidates, '=' itself, multi-byte characters, emoji,
// bare and CRLF line ends, long words.
const PIECES = [' ', '  ', '\t', '\n', '\r\n', '\r', '=', '.', ',', '?', 'é', '–', 'Ω', '日本語', '😀', '👩🏽‍💻', 'Fernández', 'a', 'meeting', 'x'.repeat(90), 'ü'.repeat(40), '=20', ';', '"'];

function randomText(next: () => number, pieces: number): string {
  let out = '';
  for (let i = 0; i < pieces; i++) out += PIECES[Math.floor(next() * PIECES.length)]!;
  return out;
}

describe('draft bytes without streams', () => {
  it('are nodemailer’s own for plain ASCII, where every part goes out as 7bit', async () => {
    await expectAlike({ ...base, text: 'Hello Raj,\n\nSee you then.\n' });
  });

  it('are nodemailer’s own for Latin text with accents and dashes (quoted-printable)', async () => {
    await expectAlike({ ...base, to: { name: 'José Fernández', email: 'jose@example.org' }, text: 'Hello José Fernández,\n\n- Tue 12 Jan 2027, 13:00–14:30 (moved from Mon 11 Jan 2027, 13:00)\n' });
  });

  it('are nodemailer’s own for mostly non-Latin text (base64) and emoji in names and subject', async () => {
    await expectAlike({ ...base, to: { name: '山田 太郎 😀', email: 'taro@example.jp' }, subject: '月例ミーティング 😀', text: 'こんにちは山田さん、\n\n- 2027年1月12日 13:00–14:30\n' });
  });

  it('are nodemailer’s own with blanks at the ends of lines and of the text', async () => {
    await expectAlike({ ...base, text: 'Hello é  \n\ttabbed line\t\nlast line ends in blanks é \t ' });
  });

  it('are nodemailer’s own for lines far longer than 76 characters', async () => {
    await expectAlike({ ...base, text: `Hello é ${'word '.repeat(60)}\n${'x'.repeat(300)}\n`, calendar: { method: 'CANCEL', content: `BEGIN:VCALENDAR\r\nSUMMARY:${'Ü'.repeat(200)}\r\nEND:VCALENDAR\r\n` } });
  });

  it('are nodemailer’s own for 300 random texts, names and calendars', async () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = seeded(seed);
      const input: DraftInput = {
        ...base,
        to: { name: randomText(next, 3).replace(/[\r\n]/g, ' '), email: `p${seed}@example.org` },
        subject: randomText(next, 4).replace(/[\r\n]/g, ' '),
        text: randomText(next, 1 + Math.floor(next() * 80)),
        calendar: { method: next() < 0.5 ? 'REQUEST' : 'CANCEL', content: randomText(next, 1 + Math.floor(next() * 40)) },
        messageId: `invite-${seed}@circlekeeper`,
      };
      await expectAlike(input).catch((error: unknown) => {
        throw new Error(`seed ${seed}: ${String(error)}`);
      });
    }
  });

  it('hands a text too large for one encoder slice to nodemailer’s build, with the same result', async () => {
    await expectAlike({ ...base, text: `é ${'a line of the schedule  \n'.repeat(4_000)}` });
  });

  it('hands a tree with streamed content back to build()', async () => {
    const { Readable } = await import('node:stream');
    const root = new MimeNode('text/plain', { baseBoundary: 'fixed' });
    root.setHeader('Date', 'Fri, 01 Jan 2027 10:00:00 +0000');
    root.setHeader('Message-ID', '<streamed@circlekeeper>');
    root.setContent(Readable.from([Buffer.from('streamed text\n')]));
    expect((await messageBytes(root)).toString()).toContain('streamed text');
  });
});
