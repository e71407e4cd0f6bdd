// An island that cannot start (its props are unreadable, its script throws) keeps the markup
// the server rendered and says so: an announced alert at its top, `data-island-failed` on it.
// Plain DOM, for the islands without React and for what happens before React is there. The plain
// islands load this module (and its texts in two languages) only when one fails: `failure.ts`.
import { islandErrorMessages } from './island-error.intl.js';

/** Marks `el` failed and puts the alert of `IslandBoundary` at its top (once). */
export function showIslandFailure(el: HTMLElement, name: string, error: unknown): void {
  console.error(`Piazza: the "${name}" island stopped working`, error);
  if (el.dataset.islandFailed) return;
  el.dataset.islandFailed = 'true';
  const t = islandErrorMessages[document.documentElement.lang.startsWith('en') ? 'en' : 'it'];
  const alert = document.createElement('div');
  alert.className = 'alert alert-warning my-3';
  alert.setAttribute('role', 'alert');
  const title = document.createElement('p');
  title.className = 'fw-semibold mb-1';
  title.textContent = t.title;
  const text = document.createElement('p');
  text.className = 'mb-0';
  text.textContent = t.text;
  alert.append(title, text);
  el.prepend(alert);
}
