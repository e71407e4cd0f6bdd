// Deferred hydration, without loading React up front: the island's component (and React with
// it) is imported on the first interaction with the island — pointer over or down, touch,
// focus, key — so a page pays for its header only when it is used. The server-rendered markup
// works meanwhile (links are plain links). A click on a button that lands before the island is
// hydrated is held and replayed once hydration has started (React replays it on the root).
const EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;

export function hydrateOnInteraction(name: string, load: () => Promise<void>): void {
  const run = () => {
    for (const el of Array.from(
      document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`),
    )) {
      let state: 'waiting' | 'loading' | 'done' = 'waiting';
      let held: HTMLElement | null = null;
      const onClick = (e: MouseEvent) => {
        if (state === 'done') return;
        const button = (e.target as Element | null)?.closest('button');
        if (!button) return;
        e.preventDefault();
        e.stopPropagation();
        held = button;
        start();
      };
      const start = () => {
        if (state !== 'waiting') return;
        state = 'loading';
        for (const e of EVENTS) el.removeEventListener(e, start, true);
        void load().then(() => {
          state = 'done';
          el.removeEventListener('click', onClick, true);
          const again = held;
          held = null;
          if (again) setTimeout(() => again.click(), 0);
        });
      };
      for (const e of EVENTS) el.addEventListener(e, start, { capture: true, passive: true });
      el.addEventListener('click', onClick, true);
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
}
