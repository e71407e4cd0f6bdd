import { screen } from '@testing-library/react';
import { renderPiazza } from '../test-utils/render.js';
import { Header } from './Header.js';
import { examples } from './Header.examples.js';

describe('Header', () => {
  test('a banner landmark holding the slim bar, the brand and the navigation', () => {
    renderPiazza(examples.default.render());
    const banner = screen.getByRole('banner');
    expect(banner).toHaveClass('it-header-wrapper');
    expect(banner.querySelector('.it-header-slim-wrapper')).not.toBeNull();
    expect(banner.querySelector('.it-nav-wrapper .it-header-center-wrapper')).not.toBeNull();
    expect(banner.querySelector('.it-nav-wrapper .it-header-navbar-wrapper')).not.toBeNull();
    expect(screen.getByRole('navigation', { name: 'Menu principale' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Comune di Esempio/ })).toBeInTheDocument();
  });

  test('the whole header holds each checker data-element once', () => {
    const { container } = renderPiazza(examples.default.render());
    for (const d of [
      'management',
      'news',
      'all-services',
      'live',
      'main-navigation',
      'all-topics',
      'personal-area-login',
    ]) {
      expect(container.querySelectorAll(`[data-element="${d}"]`)).toHaveLength(1);
    }
  });

  test('passes the navbar props through ("Vivere {nome}")', () => {
    const { container } = renderPiazza(examples.vivereNome.render());
    expect(container.querySelector('[data-element="live"]')).toHaveTextContent('Vivere Esempio');
  });

  test('skip links, when asked, open the banner', () => {
    renderPiazza(<Header center={{ name: 'Comune di Esempio' }} skipLinks={{}} />);
    const banner = screen.getByRole('banner');
    expect(banner.querySelector('a')).toHaveTextContent('Vai ai contenuti');
    expect(banner.firstElementChild).toHaveClass('skiplinks');
  });

  test('forwards ref and className', () => {
    const ref = { current: null as HTMLElement | null };
    renderPiazza(<Header ref={ref} className="x" center={{ name: 'Comune di Esempio' }} />);
    expect(ref.current?.tagName).toBe('HEADER');
    expect(ref.current).toHaveClass('it-header-wrapper', 'x');
  });
});
