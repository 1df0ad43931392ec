/**
 * What the built extension is allowed to contain, checked on the files the browsers load (dist/chrome,
 * dist/firefox), dependencies included: no network API anywhere (ClaimLens bundles everything and
 * makes no request), no generated code, and a content security policy that forbids remote code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness/paths';

/** Ways a script can reach the network, or run code it did not ship with. */
const FORBIDDEN: Array<[string, RegExp]> = [
  ['fetch', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['WebTransport', /\bWebTransport\b/],
  ['RTCPeerConnection', /\bRTCPeerConnection\b/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['eval', /(^|[^.\w$])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['an absolute URL in import()', /\bimport\s*\(\s*["'`]https?:/],
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(m?js|html)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe.each(['chrome', 'firefox'])('the %s build', (browser) => {
  const dir = join(REPO_ROOT, 'dist', browser);

  it('ships no network API and no generated code, in its own code or its dependencies', () => {
    const all = files(dir);
    expect(all.length).toBeGreaterThan(5);
    const found: string[] = [];
    for (const file of all) {
      const code = readFileSync(file, 'utf8');
      for (const [name, pattern] of FORBIDDEN) if (pattern.test(code)) found.push(`${name} in ${relative(dir, file)}`);
    }
    expect(found).toEqual([]);
  });

  it('declares a content security policy that allows only its own scripts', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      content_security_policy?: { extension_pages?: string };
      permissions?: string[];
      host_permissions?: string[];
    };
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).toMatch(/(^|;)\s*script-src 'self'\s*(;|$)/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
    // Least privilege: nothing that reads the network or other tabs.
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.permissions).toEqual(
      browser === 'chrome' ? ['storage', 'unlimitedStorage', 'sidePanel'] : ['storage'],
    );
  });

  it('injects one classic content script after the DOM is built, which loads only the card UI and the article reader, from the extension', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      content_scripts: Array<{ js: string[]; run_at: string }>;
      web_accessible_resources: Array<{ resources: string[] }>;
    };
    expect(manifest.content_scripts).toHaveLength(1);
    const [script] = manifest.content_scripts;
    expect(script?.run_at).toBe('document_end');
    expect(script?.js).toHaveLength(1);
    const code = readFileSync(join(dir, script?.js[0] ?? ''), 'utf8');
    // A classic script: no static import or export (a module would need a loader and a chain of fetches).
    expect(code).not.toMatch(/^\s*(import|export)\b|[;}]\s*(import|export)\s*[{*\w]/m);
    // One dynamic import, of an extension URL: the lazily loaded modules, named by their built files.
    const dynamic = [...code.matchAll(/\bimport\s*\(([^)]*\))/g)].map((m) => m[1]);
    expect(dynamic).toHaveLength(1);
    expect(dynamic[0]).toMatch(/^chrome\.runtime\.getURL\(\w+\)$/);
    const modules = [...new Set(code.match(/assets\/[\w-]+\.js/g))].sort();
    expect(modules.map((m) => m.replace(/-[\w-]{8}\.js$/, ''))).toEqual(['assets/article-reader', 'assets/card-host']);
    // The lazily loaded modules and what they import are web-accessible; nothing else is.
    const accessible = manifest.web_accessible_resources.flatMap((w) => w.resources);
    for (const module of modules) expect(accessible).toContain(module);
    for (const file of accessible) expect(file).toMatch(/^assets\/[\w.-]+\.js$/);
    expect(accessible.some((f) => f.includes('content'))).toBe(false);
  });
});
