import { describe, expect, it } from 'vitest';
import { decodeFileBytes, readFileText } from '../../../src/renderer/features/people/file-text';

const text = 'name,email\nZoë Müller,zoe@example.com\n';
const bytesOf = (...parts: (number[] | Uint8Array)[]) => new Uint8Array(parts.flatMap((p) => [...p]));

describe('reading an address-book file', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeFileBytes(utf8)).toBe(text);
    expect(decodeFileBytes(bytesOf([0xef, 0xbb, 0xbf], utf8))).toBe(text);
  });

  it('reads UTF-16 files that start with a byte-order mark', () => {
    const le = bytesOf([0xff, 0xfe], [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    const be = bytesOf([0xfe, 0xff], [...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));
    expect(decodeFileBytes(le)).toBe(text);
    expect(decodeFileBytes(be)).toBe(text);
  });

  it('falls back to Windows-1252, as classic Outlook writes, when the bytes are not UTF-8', async () => {
    // "Zoë Müller" in Windows-1252. (Bytes 0x80-0x9F are left out: Node's decoder, which these
    // tests run on, reads them as Latin-1 controls, while Chromium follows the WHATWG table.)
    const ansi = bytesOf(new TextEncoder().encode('name,email\nZo'), [0xeb], new TextEncoder().encode(' M'), [0xfc], new TextEncoder().encode('ller,zoe@example.com\n'));
    expect(decodeFileBytes(ansi)).toBe(text);
    expect(await readFileText(new Blob([ansi]))).toBe(text);
  });
});
