import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { SITE_LINKS } from '@piazza/vocabularies';
import { renderPiazza } from '../test-utils/render.js';
import { HeaderSlim } from './HeaderSlim.js';
import { examples } from './HeaderSlim.examples.js';

describe('HeaderSlim', () => {
  test('the region opens in a new tab and says so in its accessible name', () => {
    renderPiazza(examples.default.render());
    const link = screen.getByRole('link', {
      name: 'Regione Esempio (si apre in una nuova scheda)',
    });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
  });

  test('"Accedi all\'area personale" carries personal-area-login', () => {
    renderPiazza(examples.default.render());
    const login = screen.getByRole('link', { name: SITE_LINKS.personalAreaLogin.label });
    expect(login).toHaveAttribute('data-element', 'personal-area-login');
    expect(login).toHaveAttribute('href', '/area-personale/');
    expect(document.querySelectorAll('[data-element="personal-area-login"]')).toHaveLength(1);
  });

  test('language switch: an APG menu button, arrows move, Escape returns focus', async () => {
    const user = userEvent.setup();
    renderPiazza(examples.default.render());
    const button = screen.getByRole('button', { name: 'Lingua attiva: ITA' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).toBeNull();
    button.focus();
    await user.keyboard('{ArrowDown}');
    const menu = screen.getByRole('menu');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['ITA Italiano', 'ENG English']);
    expect(items[0]).toHaveFocus();
    expect(items[0]).toHaveAttribute('aria-current', 'true');
    expect(items[1]).toHaveAttribute('lang', 'en');
    await user.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{End}');
    expect(items[1]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(within(screen.getByRole('menu')).getAllByRole('menuitem')[1]).toHaveFocus();
    await user.keyboard('{Escape}');
    await user.keyboard('{Enter}');
    expect(within(screen.getByRole('menu')).getAllByRole('menuitem')[0]).toHaveFocus();
  });

  test('Tab and a click outside close the menu', async () => {
    const user = userEvent.setup();
    renderPiazza(examples.default.render());
    const button = screen.getByRole('button', { name: 'Lingua attiva: ITA' });
    await user.click(button);
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.tab();
    expect(screen.queryByRole('menu')).toBeNull();
    await user.click(button);
    await user.click(document.body);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  test('a signed-in citizen gets a user menu instead of the login link', async () => {
    const user = userEvent.setup();
    renderPiazza(examples.signedIn.render());
    expect(screen.queryByRole('link', { name: "Accedi all'area personale" })).toBeNull();
    const button = screen.getByRole('button', { name: 'Menu utente di Maria Rossi' });
    await user.click(button);
    const items = within(screen.getByRole('menu')).getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'I miei servizi',
      'Le mie pratiche',
      'Notifiche',
      'Impostazioni',
      'Esci',
    ]);
    expect(items[4]).toHaveAttribute('href', '/area-personale/esci/');
  });

  test('one language only: no switch; English texts; bad region throws', () => {
    const { unmount } = renderPiazza(
      <HeaderSlim languages={[{ code: 'it', label: 'ITA', name: 'Italiano', href: '/' }]} />,
      { locale: 'en' },
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('link', { name: 'Sign in to your personal area' })).toBeInTheDocument();
    unmount();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderPiazza(<HeaderSlim region={{ name: '', href: '/' }} />)).toThrow(
      /<HeaderSlim>: prop "region"/,
    );
    spy.mockRestore();
  });

  test('forwards ref and className', () => {
    const ref = { current: null as HTMLDivElement | null };
    renderPiazza(<HeaderSlim ref={ref} className="x" />);
    expect(ref.current).toHaveClass('it-header-slim-wrapper', 'x');
  });
});
