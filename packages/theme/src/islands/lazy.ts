// Deferred hydration, without loading React up front: the island's component (and React with
// it) is imported on the first interaction with the island — pointer over or down, touch,
// focus, key, a changed form control — so a page pays for an island only when it is used. The
// server-rendered markup works meanwhile: links are plain links, radios and checkboxes toggle
// natively (and CSS may react to them, see the rating rules in theme.css).
//
// Nothing the user did before hydration is lost: once the island is live, the radios and
// checkboxes changed meanwhile are clicked again (so the component's state follows them), then
// a button click that landed before hydration is replayed. The island gets `data-live` at that
// moment, in the same task (CSS keyed on `:not([data-live])` hands over without a frame between).
const EVENTS = [
  'pointerover',
  'pointerdown',
  'touchstart',
  'focusin',
  'keydown',
  'change',
] as const;

/**
 * `load` imports the island's component and resolves once it is hydrated (committed). `eager`,
 * when it returns true for an island element, starts hydrating it at once (when the browser is
 * idle) instead of waiting for an interaction.
 */
export function hydrateOnInteraction(
  name: string,
  load: () => Promise<void>,
  eager?: (el: HTMLElement) => boolean,
): void {
  const run = () => {
    for (const el of Array.from(
      document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`),
    )) {
      let state: 'waiting' | 'loading' | 'done' = 'waiting';
      let held: HTMLElement | null = null;
      // controls changed before hydration → the checked state the user left them in
      const changed = new Map<HTMLInputElement, boolean>();
      const onChange = (e: Event) => {
        const input = e.target;
        if (!(input instanceof HTMLInputElement)) return;
        if (input.type !== 'radio' && input.type !== 'checkbox') return;
        // one entry per radio group (its last choice), in the order of the last changes
        for (const other of changed.keys()) {
          if (other === input || (input.type === 'radio' && other.name === input.name))
            changed.delete(other);
        }
        changed.set(input, input.checked);
      };
      const onClick = (e: MouseEvent) => {
        if (state === 'done') return;
        const button = (e.target as Element | null)?.closest('button');
        if (!button) return;
        e.preventDefault();
        e.stopPropagation();
        held = button;
        start();
      };
      const replay = () => {
        state = 'done';
        el.removeEventListener('click', onClick, true);
        el.removeEventListener('change', onChange, true);
        for (const [input, checked] of changed) {
          if (input.type === 'radio' && !checked) continue;
          // from the opposite state, so the click is a real change for the component
          input.checked = !checked;
          input.click();
        }
        changed.clear();
        // a failed island keeps working as its server markup (CSS keyed on :not([data-live]))
        if (!el.dataset.islandFailed) el.dataset.live = 'true';
        const again = held;
        held = null;
        again?.click();
      };
      const start = () => {
        if (state !== 'waiting') return;
        state = 'loading';
        for (const e of EVENTS) el.removeEventListener(e, start, true);
        void load().then(() => setTimeout(replay, 0));
      };
      el.addEventListener('change', onChange, true);
      for (const e of EVENTS) el.addEventListener(e, start, { capture: true, passive: true });
      el.addEventListener('click', onClick, true);
      if (eager?.(el)) {
        const idle = (globalThis as { requestIdleCallback?: (f: () => void) => void })
          .requestIdleCallback;
        if (idle) idle(start);
        else setTimeout(start, 0);
      }
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
}
