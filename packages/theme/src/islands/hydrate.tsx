// Client side of the islands: finds the island's elements, reads their props and hydrates each
// one on its own root, with the same useId prefix the server used.
//
// Styles: the components' styled-components rules are already in the page's CSS file (collected
// at build, src/generator/styled.tsx), and the site's policy (`style-src 'self'`) would refuse a
// <style> injected now. So the islands' styled-components write into a <style> element that is
// never attached to the document (StyleSheetManager `target`, text insertion): the browser
// neither applies nor checks it, nothing reaches the page, nothing twice. The theme is the
// one the server used (its colour from `data-primary` or `<meta name="theme-color">`), so the
// class names match the server's.
import { useEffect, type ComponentType } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { StyleSheetManager } from 'styled-components';
import { PiazzaProvider } from '@piazza/react/intl';
import { createPiazzaTheme, type PiazzaTheme } from '@piazza/react/theme';
import { IslandBoundary } from './boundary.js';
import { showIslandFailure } from './failure-alert.js';

/** Calls `done` once the root's first render is committed (the island is live). */
function Committed({ done, children }: { done: () => void; children: React.ReactNode }) {
  useEffect(done, [done]);
  return children;
}

/** The detached host of the islands' styles (created on the first hydration). */
let detached: HTMLElement | undefined;
const themes = new Map<string, PiazzaTheme>();

/** The theme the server rendered the island with. */
function themeOf(el: HTMLElement): PiazzaTheme {
  const primary =
    el.dataset.primary ??
    document.querySelector<HTMLMetaElement>('meta[name="theme-color"]')?.content ??
    '#0066cc';
  let theme = themes.get(primary);
  if (!theme) {
    try {
      theme = createPiazzaTheme({ primary });
    } catch {
      theme = createPiazzaTheme({ primary: '#0066cc' });
    }
    themes.set(primary, theme);
  }
  return theme;
}

/**
 * Hydrates every not yet hydrated `[data-island=name]` element of the page. Resolves once all
 * of them are committed: from then on their event handlers run. Each island is inside an
 * `IslandBoundary`: if it throws, its server markup comes back with an alert that says so.
 */
export function hydrateIslands<P extends object>(
  name: string,
  Component: ComponentType<P>,
): Promise<void> {
  const run = () =>
    Promise.all(
      Array.from(document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)).map((el) => {
        const id = el.dataset.islandId;
        if (!id || el.dataset.hydrated) return undefined;
        const data = document.getElementById(`${id}-props`);
        el.dataset.hydrated = 'true';
        let props: P;
        try {
          props = JSON.parse(data?.textContent ?? '{}') as P;
        } catch (error) {
          // unreadable props (e.g. a CMS filled a placeholder badly): the server markup stays
          showIslandFailure(el, name, error);
          return undefined;
        }
        const serverHtml = el.innerHTML;
        const locale = document.documentElement.lang.startsWith('en') ? 'en' : 'it';
        detached ??= document.createElement('div');
        return new Promise<void>((resolve) => {
          hydrateRoot(
            el,
            <Committed done={resolve}>
              <StyleSheetManager target={detached} disableCSSOMInjection>
                <PiazzaProvider theme={themeOf(el)}>
                  <IslandBoundary name={name} serverHtml={serverHtml} host={el} locale={locale}>
                    <Component {...props} />
                  </IslandBoundary>
                </PiazzaProvider>
              </StyleSheetManager>
            </Committed>,
            { identifierPrefix: `${id}-` },
          );
        });
      }),
    ).then(() => undefined);
  if (document.readyState !== 'loading') return run();
  return new Promise((resolve) => {
    document.addEventListener('DOMContentLoaded', () => void run().then(resolve));
  });
}
