// A short, stable fingerprint of a string, for names that must come out the
// same on every export (MIME boundaries, folder suffixes) without randomness
// or node's crypto (domain code is pure). Not for secrets: FNV-1a is fast and
// spreads well, which is all a name needs.

/** 32-bit FNV-1a over the UTF-16 code units, as 8 lowercase hex digits. */
export function shortHash(text: string, seed = 0x811c9dc5): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
