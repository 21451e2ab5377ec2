import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../../src/main/shell/external-links';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://meet.example.com/abc-defg-hij',
    'https://zoom.us/j/123456789?pwd=xyz',
    'https://www.example.org/path#section',
    'https://teams.microsoft.com:443/l/meetup-join/1',
  ])('opens %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://example.com/'],
    ['a local file', 'file:///etc/passwd'],
    ['script', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['credentials', 'https://user:secret@example.com/'],
    ['a user name alone', 'https://admin@example.com/'],
    ['a host disguised as a user name', 'https://meet.example.com@evil.example/x'],
    ['an empty user name', 'https://@evil.example/x'],
    ['localhost', 'https://localhost:8080/'],
    ['a localhost subdomain', 'https://app.localhost/'],
    ['an IPv4 address', 'https://192.168.1.1/'],
    ['a shortened IPv4 address', 'https://127.1/'],
    ['an IPv6 address', 'https://[::1]/'],
    ['a single-label host', 'https://intranet/'],
    ['garbage', 'not a url'],
    ['an empty string', ''],
    ['an over-long link', `https://example.com/${'a'.repeat(3000)}`],
  ])('refuses %s', (_label, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
