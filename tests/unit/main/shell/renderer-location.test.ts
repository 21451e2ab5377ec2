import { describe, expect, it } from 'vitest';
import {
  isSameDocument,
  isTrustedRendererUrl,
  resolveRendererEntry,
} from '../../../../src/main/shell/renderer-location';

const mainDir = '/opt/Circlekeeper/resources/app.asar/out/main';

describe('resolveRendererEntry', () => {
  it('loads the built index.html next to the main bundle', () => {
    expect(resolveRendererEntry({ devServerUrl: undefined, isPackaged: true, mainDir })).toEqual({
      kind: 'file',
      path: '/opt/Circlekeeper/resources/app.asar/out/renderer/index.html',
      url: 'file:///opt/Circlekeeper/resources/app.asar/out/renderer/index.html',
    });
  });

  it('uses the dev server only in an unpackaged app', () => {
    expect(resolveRendererEntry({ devServerUrl: 'http://localhost:5173', isPackaged: false, mainDir })).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
    });
    expect(resolveRendererEntry({ devServerUrl: 'https://evil.example', isPackaged: true, mainDir }).kind).toBe('file');
  });

  it('ignores a dev-server variable that is not http(s)', () => {
    expect(resolveRendererEntry({ devServerUrl: 'file:///tmp/x.html', isPackaged: false, mainDir }).kind).toBe('file');
  });
});

describe('isTrustedRendererUrl', () => {
  const file = resolveRendererEntry({ devServerUrl: undefined, isPackaged: true, mainDir });
  const dev = resolveRendererEntry({ devServerUrl: 'http://localhost:5173', isPackaged: false, mainDir });

  it('trusts our built page, whatever its route', () => {
    expect(isTrustedRendererUrl(file.url, file)).toBe(true);
    expect(isTrustedRendererUrl(`${file.url}#/groups/123`, file)).toBe(true);
  });

  it('distrusts any other file, page or origin', () => {
    expect(isTrustedRendererUrl('file:///opt/Circlekeeper/resources/app.asar/out/renderer/other.html', file)).toBe(false);
    expect(isTrustedRendererUrl('file:///tmp/index.html', file)).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5173/', file)).toBe(false);
    expect(isTrustedRendererUrl('about:blank', file)).toBe(false);
    expect(isTrustedRendererUrl('', file)).toBe(false);
    expect(isTrustedRendererUrl(null, file)).toBe(false);
  });

  it('trusts the dev server by origin only', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/#/people', dev)).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedRendererUrl('http://localhost.evil.example:5173/', dev)).toBe(false);
  });
});

describe('isSameDocument', () => {
  it('treats a change of fragment as staying on the page', () => {
    expect(isSameDocument('file:///a/index.html#/', 'file:///a/index.html#/groups')).toBe(true);
  });
  it('treats anything else as leaving', () => {
    expect(isSameDocument('file:///a/index.html', 'file:///a/other.html')).toBe(false);
    expect(isSameDocument('file:///a/index.html', 'https://example.com/')).toBe(false);
    expect(isSameDocument('', 'https://example.com/')).toBe(false);
  });
});
