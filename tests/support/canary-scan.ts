import { promises as fs } from 'node:fs';
import path from 'node:path';

// Looks for secret strings in everything written to disk or printed, in
// every form an encoder could have turned them into: the raw UTF-8, JSON
// escaping (as JSON.stringify writes it and with every non-ASCII character
// as \uXXXX), base64 of each of those at each of the three byte alignments, and all of that
// after undoing RFC 5545 line folding ("\r\n " and "\r\n\t").

/** What a base64 encoder writes for `bytes` wherever they start in a longer input (offset 0, 1 or 2 mod 3). */
export function base64Forms(bytes: Buffer): string[] {
  const forms: string[] = [];
  for (let offset = 0; offset < 3; offset += 1) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    // The first group mixes in the padding bytes, the last may end in '=' padding: keep only groups made of canary bytes.
    const start = offset === 0 ? 0 : 4;
    const end = Math.floor((offset + bytes.length) / 3) * 4;
    const pure = encoded.slice(start, end);
    forms.push(pure, pure.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return forms;
}

export function encodedForms(canary: string): string[] {
  const json = JSON.stringify(canary).slice(1, -1);
  // eslint-disable-next-line no-control-regex
  const asciiJson = json.replace(/[^\u0000-\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  // Base64 of the JSON-escaped forms too: a sealed (or leaked) note is base64 of JSON.
  const forms = new Set([canary, json, asciiJson, ...[canary, json, asciiJson].flatMap((f) => base64Forms(Buffer.from(f, 'utf8')))]);
  return [...forms].filter((f) => f.length >= 8);
}

export interface Haystack {
  name: string;
  bytes: Buffer;
}

/** Every regular file under a folder (dot files, backups, quarantine and all), read now. */
export async function filesUnder(root: string): Promise<Haystack[]> {
  const found: Haystack[] = [];
  const walk = async (dir: string) => {
    for (const e of await fs.readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile()) found.push({ name: path.relative(root, full), bytes: await fs.readFile(full) });
    }
  };
  await walk(root);
  return found;
}

const unfold = (text: string): string => text.replace(/\r\n[ \t]/g, '');

/** Each haystack that holds a canary in any of its forms, with the form found. */
export function canaryHits(haystacks: readonly Haystack[], canaries: readonly string[]): string[] {
  const hits: string[] = [];
  const needles = canaries.flatMap((c) => encodedForms(c).map((form) => ({ canary: c, form })));
  for (const h of haystacks) {
    const latin = h.bytes.toString('latin1');
    const utf8 = h.bytes.toString('utf8');
    const texts = [utf8, unfold(utf8), unfold(latin)];
    for (const { canary, form } of needles) {
      const latinForm = Buffer.from(form, 'utf8').toString('latin1');
      if (texts.some((t) => t.includes(form)) || latin.includes(latinForm)) hits.push(`${h.name}: ${canary.slice(0, 12)}… as ${form === canary ? 'raw text' : JSON.stringify(form.slice(0, 16))}`);
    }
  }
  return hits;
}
