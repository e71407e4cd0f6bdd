// Client side of the islands: finds the island's elements, reads their props and hydrates each
// one on its own root, with the same useId prefix the server used.
import { useEffect, type ComponentType } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { IslandBoundary } from './boundary.js';
import { showIslandFailure } from './failure.js';

/** Calls `done` once the root's first render is committed (the island is live). */
function Committed({ done, children }: { done: () => void; children: React.ReactNode }) {
  useEffect(done, [done]);
  return children;
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
        return new Promise<void>((resolve) => {
          hydrateRoot(
            el,
            <Committed done={resolve}>
              {/* No PiazzaProvider: without props it only repeats the default settings, and
                  its styled-components ThemeProvider import would add ~13 KB gzip to islands. */}
              <IslandBoundary name={name} serverHtml={serverHtml} host={el} locale={locale}>
                <Component {...props} />
              </IslandBoundary>
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
