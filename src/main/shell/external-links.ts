import { isIP } from 'node:net';
import { linkHasCredentials } from '../../shared/primitives';

// Which links may leave the app for the system browser (a group's video link,
// for instance). Decision: https only, to a named host on the public internet.
// - http, file, javascript, data, custom schemes: never (plain-text, local
//   files, or code).
// - user:password@ in the URL: never (a classic phishing disguise, and
//   credentials do not belong in a link the coach clicks). The same rule as
//   the one that refuses such a link when it is typed (shared/primitives.ts).
// - IP literals, localhost and single-label names: never, so a note's link
//   cannot aim the browser at a service on the coach's own machine or network.
// Everything else opens in the system browser; nothing opens inside the app.

const MAX_LENGTH = 2048;

export function isAllowedExternalUrl(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length > MAX_LENGTH) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  if (linkHasCredentials(raw)) return false;
  const host = url.hostname.toLowerCase();
  if (host === '' || isIP(host.replace(/^\[|\]$/g, '')) !== 0) return false;
  if (!host.includes('.') || host === 'localhost' || host.endsWith('.localhost')) return false;
  return true;
}
