import { screen } from '@testing-library/react';
import { SECOND_LEVEL_TITLES } from '@piazza/vocabularies';
import { renderPiazza } from '../test-utils/render.js';
import { SecondLevelLinks } from './SecondLevelLinks.js';
import { examples } from './SecondLevelLinks.examples.js';

const cases = [
  ['management', 'management-category-link', 7],
  ['news', 'news-category-link', 3],
  ['services', 'service-category-link', 15],
] as const;
const sectionOf = { management: 'management', news: 'news', services: 'all-services' } as const;

describe('SecondLevelLinks', () => {
  for (const [key, dataElement, count] of cases) {
    test(`${key}: ${count} links carrying ${dataElement}, titles accepted by the checker`, () => {
      const { container } = renderPiazza(examples[key].render());
      const links = Array.from(
        container.querySelectorAll<HTMLAnchorElement>(`a[href][data-element="${dataElement}"]`),
      );
      expect(links).toHaveLength(count);
      const accepted: readonly string[] = SECOND_LEVEL_TITLES[sectionOf[key]];
      links.forEach((a) => expect(accepted).toContain(a.textContent!.trim().toLowerCase()));
      expect(container.querySelectorAll('[data-element]')).toHaveLength(count);
    });
  }

  test('cards have headings (level 3 by default) and descriptions', () => {
    renderPiazza(examples.management.render());
    const headings = screen.getAllByRole('heading', { level: 3 });
    expect(headings).toHaveLength(7);
    expect(headings[0]).toHaveTextContent('Aree amministrative');
    expect(screen.getByRole('link', { name: 'Documenti e dati' })).toHaveAttribute(
      'href',
      '/amministrazione/documenti-e-dati/',
    );
  });

  test('live: "Tutti i luoghi" and "Tutti gli eventi" are real links with their data-elements', () => {
    renderPiazza(examples.live.render());
    const places = screen.getByRole('link', { name: 'Tutti i luoghi' });
    const events = screen.getByRole('link', { name: 'Tutti gli eventi' });
    expect(places.tagName).toBe('A');
    expect(places).toHaveAttribute('data-element', 'live-button-locations');
    expect(places).toHaveAttribute('href', '/vivere-il-comune/luoghi/');
    expect(events).toHaveAttribute('data-element', 'live-button-events');
    expect(events).toHaveAttribute('href', '/vivere-il-comune/eventi/');
  });

  test('custom items, base path and heading level', () => {
    renderPiazza(
      <SecondLevelLinks
        section="news"
        headingLevel={2}
        items={[{ label: 'Notizie', href: '/n/' }]}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Notizie' })).toBeInTheDocument();
    renderPiazza(<SecondLevelLinks section="live" basePath="/it" />);
    expect(screen.getByRole('link', { name: 'Tutti i luoghi' })).toHaveAttribute(
      'href',
      '/it/vivere-il-comune/luoghi/',
    );
  });

  test('bad section throws; English texts', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      // @ts-expect-error: not a first-level section
      renderPiazza(<SecondLevelLinks section="topics" />),
    ).toThrow(/<SecondLevelLinks>: prop "section"/);
    spy.mockRestore();
    renderPiazza(<SecondLevelLinks section="live" />, { locale: 'en' });
    expect(screen.getByRole('link', { name: 'All places' })).toBeInTheDocument();
  });
});
