import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rendererCspHeader, rendererCspMeta, rendererDevCsp } from '../../../../src/main/shell/csp';

function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...sources] = d.split(/\s+/);
        return [name!, sources];
      }),
  );
}

describe('renderer CSP', () => {
  const header = parse(rendererCspHeader());

  it('refuses everything by default', () => {
    expect(header.get('default-src')).toEqual(["'none'"]);
  });

  it('allows scripts only from the app itself: no inline, no eval', () => {
    expect(header.get('script-src')).toEqual(["'self'"]);
    expect(rendererCspHeader()).not.toContain('unsafe-eval');
    expect(header.get('script-src-elem')).toBeUndefined();
    expect(header.get('script-src-attr')).toBeUndefined();
  });

  it('allows inline CSS only in <style> elements, never in style attributes or scripts', () => {
    expect(header.get('style-src-elem')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(header.get('style-src-attr')).toBeUndefined();
    const inline = [...header].filter(([, sources]) => sources.includes("'unsafe-inline'")).map(([name]) => name);
    expect(inline).toEqual(['style-src-elem']);
  });

  it('locks down the rest of the surface', () => {
    expect(header.get('style-src')).toEqual(["'self'"]);
    expect(header.get('img-src')).toEqual(["'self'", 'data:']);
    expect(header.get('connect-src')).toEqual(["'self'"]);
    expect(header.get('base-uri')).toEqual(["'none'"]);
    expect(header.get('form-action')).toEqual(["'none'"]);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('matches the meta tag in index.html (minus the header-only frame-ancestors)', () => {
    const html = readFileSync(new URL('../../../../src/renderer/index.html', import.meta.url), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(rendererCspMeta());
    expect(parse(rendererCspMeta()).has('frame-ancestors')).toBe(false);
    for (const [name, sources] of parse(rendererCspMeta())) expect(header.get(name)).toEqual(sources);
  });

  it('loosens only what the dev server needs, for its own origin', () => {
    const dev = parse(rendererDevCsp('http://localhost:5173/'));
    expect(dev.get('default-src')).toEqual(["'none'"]);
    expect(dev.get('script-src')).toEqual(["'self'", 'http://localhost:5173', "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toEqual(["'self'", 'http://localhost:5173', 'ws://localhost:5173']);
    expect(rendererDevCsp('http://localhost:5173/')).not.toContain('unsafe-eval');
  });
});
