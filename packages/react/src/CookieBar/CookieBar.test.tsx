import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { renderPiazza } from '../test-utils/render.js';
import { CookieBar } from './CookieBar.js';
import { COOKIE_CONSENT_KEY, readCookieConsent } from './consent.js';

function renderBar(props: Partial<Parameters<typeof CookieBar>[0]> = {}) {
  return renderPiazza(
    <>
      <CookieBar policyHref="/privacy/#cookie" {...props} />
      <main id="main-content">
        <p>Contenuto</p>
      </main>
    </>,
  );
}

describe('CookieBar (C.SI.3.1)', () => {
  beforeEach(() => {
    localStorage.clear();
    document.cookie.split(';').forEach((c) => {
      document.cookie = `${c.split('=')[0]}=; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
    });
  });

  test('on the server it renders hidden (no choice can be known there)', () => {
    const html = renderToString(<CookieBar policyHref="/p/" />);
    expect(html).toContain('hidden');
    expect(html).not.toContain('cookiebar show');
  });

  test('initiallyShown: a static page paints it from the server render, shown and asking', () => {
    const html = renderToString(<CookieBar policyHref="/p/" initiallyShown />);
    const section = new DOMParser()
      .parseFromString(html, 'text/html')
      .querySelector('section.cookiebar');
    expect(section?.classList.contains('show')).toBe(true);
    expect(section?.getAttribute('data-state')).toBe('pending');
    expect(section?.hasAttribute('hidden')).toBe(false);
  });

  test('without a stored choice: a labelled region, policy link, Accept and Reject alike', () => {
    renderBar();
    const bar = screen.getByRole('region', { name: 'Informativa sui cookie' });
    expect(bar).toHaveAttribute('data-state', 'pending');
    expect(bar).toHaveClass('cookiebar', 'show');
    expect(screen.getByRole('link', { name: 'Leggi l’informativa sui cookie' })).toHaveAttribute(
      'href',
      '/privacy/#cookie',
    );
    const accept = screen.getByRole('button', { name: 'Accetta' });
    const reject = screen.getByRole('button', { name: 'Rifiuta' });
    // Equally prominent: same element, same classes.
    expect(accept.className).toBe(reject.className);
    // Nothing but technical storage before a choice: no cookie set, nothing stored.
    expect(document.cookie).toBe('');
    expect(localStorage.getItem(COOKIE_CONSENT_KEY)).toBeNull();
  });

  test('the choice is stored first-party, reported, and the bar goes; focus moves to main', async () => {
    const user = userEvent.setup();
    const onChoice = vi.fn();
    renderBar({ onChoice });
    await user.click(screen.getByRole('button', { name: 'Rifiuta' }));
    expect(onChoice).toHaveBeenCalledWith('rejected');
    expect(readCookieConsent()).toBe('rejected');
    expect(JSON.parse(localStorage.getItem(COOKIE_CONSENT_KEY)!)).toMatchObject({
      choice: 'rejected',
    });
    expect(screen.queryByRole('region', { name: 'Informativa sui cookie' })).toBeNull();
    expect(screen.getByRole('main')).toHaveFocus();
    expect(document.cookie).toBe('');
  });

  test('a stored choice hides the bar on the next visit', async () => {
    const user = userEvent.setup();
    const { unmount } = renderBar();
    await user.click(screen.getByRole('button', { name: 'Accetta' }));
    unmount();
    renderBar();
    expect(screen.queryByRole('region')).toBeNull();
    expect(readCookieConsent()).toBe('accepted');
  });

  test('keyboard: Tab reaches the link and both buttons; English texts; custom key', async () => {
    const user = userEvent.setup();
    renderBar({ storageKey: 'altro' });
    await user.tab();
    expect(screen.getByRole('link')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Rifiuta' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(readCookieConsent('altro')).toBe('rejected');
    expect(readCookieConsent()).toBeNull();
    localStorage.clear();
    renderPiazza(<CookieBar policyHref="/p/" />, { locale: 'en' });
    expect(screen.getByRole('button', { name: 'Accept' })).toBeInTheDocument();
  });
});
