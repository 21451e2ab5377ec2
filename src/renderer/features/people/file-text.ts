// Reads an address-book file's bytes as text. Most exports are UTF-8, but
// classic Outlook on Windows writes CSV in the Windows "ANSI" code page
// (Windows-1252), and a few tools write UTF-16 with a byte-order mark. Read
// as UTF-8 regardless, "Zoë Müller" would arrive as "Zo� M�ller".

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

export function decodeFileBytes(bytes: Uint8Array): string {
  if (hasPrefix(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  if (hasPrefix(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  try {
    // A UTF-8 byte-order mark is dropped by the decoder itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: every byte means something in Windows-1252, so nothing is lost.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export async function readFileText(file: Blob): Promise<string> {
  return decodeFileBytes(new Uint8Array(await file.arrayBuffer()));
}
