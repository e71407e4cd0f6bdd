// The styles @piazza/react writes with styled-components, on the theme's static pages. They are
// collected while a page renders (ServerStyleSheet) and written into the page's CSS FILE: the
// site's Content-Security-Policy (`style-src 'self'`, src/security.ts) forbids inline <style>.
// In the browser the islands render into an in-memory sheet (src/islands/hydrate.tsx), so
// hydration never injects them a second time.
//
// An island may render, after an interaction, a styled component its server markup did not have
// (the next step of a form): the catalogue below renders every styled component of the library
// once with the site's theme, and a page gets the rules of those whose componentId (a literal in
// the library's code, e.g. `pz-field`) is a word of its islands' scripts.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderToStaticMarkup } from 'react-dom/server';
import { ServerStyleSheet, ThemeProvider, isStyledComponent } from 'styled-components';
import type { PiazzaTheme } from '@piazza/react/theme';
import { packageDir } from '../paths.js';

/** The rules of a sheet, in order, grouped by the componentId that wrote them. */
export interface StyledRules {
  /** Every rule, in insertion order. */
  rules: string[];
  /** componentId → its rules. */
  byComponent: Map<string, string[]>;
}

const MARKER = /^data-styled\.g\d+\[id="([^"]*)"\]\{content:"[^"]*"\}$/;

/**
 * The CSS of a ServerStyleSheet, read from its public `getStyleTags()`: the `<style>` wrapper and
 * styled-components' rehydration markers (`data-styled.g1[id=…]{content:…}`, which match no
 * element and are only for its own client) are dropped.
 */
export function sheetRules(sheet: ServerStyleSheet): StyledRules {
  const tags = sheet.getStyleTags();
  const inner = tags.replace(/^\s*<style[^>]*>/, '').replace(/<\/style>\s*$/, '');
  const rules: string[] = [];
  const byComponent = new Map<string, string[]>();
  let pending: string[] = [];
  for (const raw of inner.split('/*!sc*/')) {
    const rule = raw.trim();
    if (!rule) continue;
    const marker = MARKER.exec(rule);
    if (marker) {
      const id = marker[1] as string;
      byComponent.set(id, [...(byComponent.get(id) ?? []), ...pending]);
      pending = [];
    } else {
      rules.push(rule);
      pending.push(rule);
    }
  }
  return { rules, byComponent };
}

/** Every `*.styles.js` module of the built @piazza/react (its styled components live there). */
function styleModules(): string[] {
  const dist = path.join(packageDir('@piazza/react'), 'dist');
  const out: string[] = [];
  for (const dir of readdirSync(dist, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(path.join(dist, dir.name))) {
      if (f.endsWith('.styles.js')) out.push(path.join(dist, dir.name, f));
    }
  }
  return out.sort();
}

const catalogues = new Map<string, Promise<StyledRules>>();

/**
 * Every styled component of @piazza/react rendered once (no props) with `theme`: its rules by
 * componentId. Cached by primary colour.
 */
export function styledCatalogue(theme: PiazzaTheme): Promise<StyledRules> {
  let found = catalogues.get(theme.primary);
  if (!found) {
    found = (async () => {
      const components: React.ComponentType[] = [];
      for (const file of styleModules()) {
        const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
        for (const value of Object.values(mod)) {
          if (isStyledComponent(value)) components.push(value as unknown as React.ComponentType);
        }
      }
      const sheet = new ServerStyleSheet();
      try {
        renderToStaticMarkup(
          sheet.collectStyles(
            <ThemeProvider theme={theme}>
              {components.map((C, i) => (
                <C key={i} />
              ))}
            </ThemeProvider>,
          ),
        );
        return sheetRules(sheet);
      } finally {
        sheet.seal();
      }
    })();
    catalogues.set(theme.primary, found);
  }
  return found;
}

/** Rules in order, each once. */
export function uniqueRules(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}
