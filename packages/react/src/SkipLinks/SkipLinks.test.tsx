import { screen } from '@testing-library/react';
import { renderPiazza } from '../test-utils/render.js';
import { SkipLinks } from './SkipLinks.js';
import { examples } from './SkipLinks.examples.js';

describe('SkipLinks', () => {
  test('"Vai ai contenuti" and "Vai al footer" point at existing targets', () => {
    renderPiazza(examples.default.render());
    const main = screen.getByRole('link', { name: 'Vai ai contenuti' });
    const footer = screen.getByRole('link', { name: 'Vai al footer' });
    expect(main).toHaveAttribute('href', '#main-content');
    expect(footer).toHaveAttribute('href', '#footer');
    expect(document.getElementById('main-content')).not.toBeNull();
    // Both targets take focus (tabindex="-1"), so following a link moves focus there.
    expect(document.getElementById('main-content')).toHaveAttribute('tabindex', '-1');
    expect(document.getElementById('footer')).toHaveAttribute('tabindex', '-1');
  });

  test('they are the first things Tab reaches, visible on focus only', () => {
    renderPiazza(examples.default.render());
    const links = screen.getAllByRole('link');
    links.forEach((l) => expect(l).toHaveClass('visually-hidden-focusable'));
    expect(links[0]!.closest('.skiplinks')).not.toBeNull();
  });

  test('custom ids, no footer link, English', () => {
    renderPiazza(<SkipLinks mainId="contenuto" footerId={null} />, { locale: 'en' });
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute(
      'href',
      '#contenuto',
    );
    expect(screen.queryByRole('link', { name: 'Skip to footer' })).toBeNull();
  });
});
