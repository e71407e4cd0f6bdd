import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { ServiceAccess } from './ServiceAccess.js';
import { examples } from './ServiceAccess.examples.js';

describe('ServiceAccess', () => {
  test('"Entra con SPID" discloses the providers; "Entra con CIE" is a link', () => {
    renderPiazza(examples.default.render());
    expect(screen.getByRole('region', { name: 'Accedi al servizio' })).toBeInTheDocument();
    const spid = screen.getByRole('button', { name: 'Entra con SPID' });
    expect(spid).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByRole('link', { name: 'Entra con CIE' })).toHaveAttribute(
      'href',
      '/auth/cie/',
    );
  });

  test('keyboard: Enter opens the list, Tab reaches the providers, Escape closes and returns focus', async () => {
    const user = userEvent.setup();
    renderPiazza(examples.default.render());
    const spid = screen.getByRole('button', { name: 'Entra con SPID' });
    spid.focus();
    await user.keyboard('{Enter}');
    expect(spid).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('list', {
      name: 'Scegli il tuo gestore di identità digitale SPID',
    });
    expect(spid).toHaveAttribute('aria-controls', list.parentElement!.id);
    const links = within(list).getAllByRole('link');
    expect(links).toHaveLength(12);
    await user.tab();
    expect(links[0]).toHaveFocus();
    expect(links[0]).toHaveAccessibleName('Aruba ID');
    await user.keyboard('{Escape}');
    expect(spid).toHaveFocus();
    expect(spid).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('region')).not.toHaveAttribute('data-open');
  });

  test('no third-party assets: only the Bootstrap Italia sprite', () => {
    const { container } = renderPiazza(examples.default.render());
    expect(container.querySelectorAll('img')).toHaveLength(0);
    for (const use of container.querySelectorAll('use')) {
      expect(use.getAttribute('href')).toMatch(/^\/svg\/sprites\.svg#it-/);
    }
  });

  test('English texts; bad props fail naming the prop', () => {
    renderPiazza(
      <ServiceAccess spidProviders={[{ name: 'Poste ID', href: '/p' }]} cieHref="/c" />,
      { locale: 'en' },
    );
    expect(screen.getByRole('button', { name: 'Sign in with SPID' })).toBeInTheDocument();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderPiazza(<ServiceAccess spidProviders={[]} cieHref="/c" />)).toThrow(
      /<ServiceAccess>: prop "spidProviders"/,
    );
    spy.mockRestore();
  });
});
