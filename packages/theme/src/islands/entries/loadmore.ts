// "Carica altri" on long lists (no React): the server renders every card; this script shows the
// first page of them and reveals the next page on each click of [data-element="load-other-cards"].
import { guardIsland } from '../failure.js';

function enhance(list: HTMLElement) {
  const size = Number(list.dataset.pageSize ?? '12');
  const items = Array.from(list.children) as HTMLElement[];
  const button = document.getElementById(list.dataset.loadMore ?? '') as HTMLButtonElement | null;
  if (!button) return;
  let shown = Math.min(size, items.length);
  const update = () => {
    items.forEach((item, i) => {
      item.hidden = i >= shown;
    });
    const done = shown >= items.length;
    button.hidden = false;
    button.disabled = done;
    button.setAttribute('aria-disabled', String(done));
  };
  button.addEventListener('click', () => {
    const first = items[shown];
    shown = Math.min(shown + size, items.length);
    update();
    first?.querySelector<HTMLElement>('a, button')?.focus();
  });
  update();
}

for (const list of Array.from(document.querySelectorAll<HTMLElement>('[data-load-more]'))) {
  guardIsland(list.parentElement ?? list, 'loadmore', () => enhance(list));
}
