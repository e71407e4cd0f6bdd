// Client side of the islands: finds the island's elements, reads their props and hydrates each
// one on its own root, with the same useId prefix the server used.
import type { ComponentType } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { PiazzaProvider } from '@piazza/react';

export function hydrateIslands<P extends object>(name: string, Component: ComponentType<P>): void {
  const run = () => {
    for (const el of Array.from(
      document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`),
    )) {
      const id = el.dataset.islandId;
      if (!id || el.dataset.hydrated) continue;
      const data = document.getElementById(`${id}-props`);
      const props = JSON.parse(data?.textContent ?? '{}') as P;
      el.dataset.hydrated = 'true';
      hydrateRoot(
        el,
        <PiazzaProvider>
          <Component {...props} />
        </PiazzaProvider>,
        { identifierPrefix: `${id}-` },
      );
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
}
