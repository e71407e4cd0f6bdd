// Client side of the islands: finds the island's elements, reads their props and hydrates each
// one on its own root, with the same useId prefix the server used.
import { useEffect, type ComponentType } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { PiazzaProvider } from '@piazza/react/intl';

/** Calls `done` once the root's first render is committed (the island is live). */
function Committed({ done, children }: { done: () => void; children: React.ReactNode }) {
  useEffect(done, [done]);
  return children;
}

/**
 * Hydrates every not yet hydrated `[data-island=name]` element of the page. Resolves once all
 * of them are committed: from then on their event handlers run.
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
        const props = JSON.parse(data?.textContent ?? '{}') as P;
        el.dataset.hydrated = 'true';
        return new Promise<void>((resolve) => {
          hydrateRoot(
            el,
            <Committed done={resolve}>
              <PiazzaProvider>
                <Component {...props} />
              </PiazzaProvider>
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
