import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Nothing may be loaded from the internet at run time. The built files may only mention URLs that are never fetched:
 * XML namespaces, library error-message links, the placeholder example in a validation hint, and URL-parsing bases.
 * Runs against `apps/web/dist` when it has been built (`npx vite build apps/web`).
 */
const dist = new URL('../dist', import.meta.url).pathname;

const allowed = [
  /^http:\/\/www\.w3\.org\//, // XML/SVG/MathML namespaces
  /^https:\/\/react\.dev\/errors\//, // React's minified error messages
  /^https:\/\/reactrouter\.com\//, // React Router warning text
  /^https:\/\/react\.i18next\.com\//, // react-i18next warning text
  /^https:\/\/mantine\.dev\//, // Mantine warning text
  /^https:\/\/github\.com\/ungap\//, // polyfill comment
  /^https:\/\/example\.org\/report/, // the example address in the evidence-link hint
  /^http:\/\/localhost$/, // base for parsing relative URLs
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe.skipIf(!existsSync(dist))('built web app', () => {
  it('refers to no external URL that could be fetched', () => {
    const found = new Set<string>();
    for (const file of files(dist).filter((f) => /\.(js|css|html|svg|json)$/.test(f))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/https?:\/\/[^"'`\s)<>\\]+/g)) found.add(match[0]);
    }
    const unexpected = [...found].filter(
      (url) => !allowed.some((pattern) => pattern.test(url.replace(/[.,;。]+$/, ''))),
    );
    expect(unexpected).toEqual([]);
  });

  it('loads no web fonts and no scripts or styles from other hosts', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="(https?:)?\/\//);
    for (const file of files(dist).filter((f) => f.endsWith('.css'))) {
      expect(readFileSync(file, 'utf8')).not.toMatch(/@import\s+url\(|@font-face[^}]*url\((https?:)?\/\//);
    }
  });
});
