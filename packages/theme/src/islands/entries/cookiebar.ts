// Client entry of the "cookiebar" island, without React: the bar is the server-rendered markup
// of @piazza/react's CookieBar, shown from the first paint; this script removes it when a choice
// is stored, otherwise stores the choice (same helpers and key as the component) and removes it.
import {
  readCookieConsent,
  writeCookieConsent,
  type CookieConsent,
} from '@piazza/react/cookie-consent';
import { guardIsland } from '../failure.js';

function enhance(bar: HTMLElement) {
  if (readCookieConsent() !== null) {
    bar.remove();
    return;
  }
  // No valid choice stored (the <head> probe may have been fooled by a damaged value): show the bar.
  document.documentElement.removeAttribute('data-cookie-choice');
  const [reject, accept] = Array.from(
    bar.querySelectorAll<HTMLButtonElement>('.cookiebar-buttons button'),
  );
  const choose = (choice: CookieConsent) => {
    const hadFocus = bar.contains(document.activeElement);
    writeCookieConsent(choice);
    bar.remove();
    if (hadFocus) document.getElementById('main-content')?.focus();
  };
  reject?.addEventListener('click', () => choose('rejected'));
  accept?.addEventListener('click', () => choose('accepted'));
}

for (const bar of Array.from(
  document.querySelectorAll<HTMLElement>('[data-island="cookiebar"] .cookiebar'),
)) {
  guardIsland(bar, 'cookiebar', () => enhance(bar));
}
