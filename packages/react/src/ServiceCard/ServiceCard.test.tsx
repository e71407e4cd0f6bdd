import { screen } from '@testing-library/react';
import { renderPiazza } from '../test-utils/render.js';
import { ServiceCard } from './ServiceCard.js';
import { examples } from './ServiceCard.examples.js';

describe('ServiceCard', () => {
  test('the title is a heading whose link carries service-link', () => {
    renderPiazza(examples.default.render());
    const heading = screen.getByRole('heading', {
      level: 3,
      name: 'Richiedere la carta d’identità elettronica',
    });
    const link = screen.getByRole('link', { name: 'Richiedere la carta d’identità elettronica' });
    expect(heading).toContainElement(link);
    expect(link).toHaveAttribute('data-element', 'service-link');
    expect(link).toHaveAttribute('href', '/servizi/carta-identita-elettronica/');
    expect(screen.getByRole('article')).toHaveTextContent('Come richiedere la CIE');
  });

  test('the category is a link when it has one, and never carries a checker data-element', () => {
    const { container } = renderPiazza(examples.default.render());
    const category = screen.getByRole('link', { name: 'Anagrafe e stato civile' });
    expect(category).toHaveAttribute('href', '/servizi/anagrafe-e-stato-civile/');
    expect(category).not.toHaveAttribute('data-element');
    expect(container.querySelectorAll('[data-element]')).toHaveLength(1);
  });

  test('heading level is settable; optional parts disappear', () => {
    renderPiazza(examples.minimal.render());
    expect(screen.getByRole('heading', { level: 2, name: 'Pagare la TARI' })).toBeInTheDocument();
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.getByRole('article').querySelector('p')).toBeNull();
  });

  test('forwards ref, passes className; bad props throw naming the prop', () => {
    const ref = { current: null as HTMLElement | null };
    renderPiazza(<ServiceCard ref={ref} className="my-2" title="Servizio" href="/s/" />);
    expect(ref.current).toHaveClass('card', 'my-2');
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderPiazza(<ServiceCard title="" href="/s/" />)).toThrow(
      /<ServiceCard>: prop "title" must be a non-empty string/,
    );
    // @ts-expect-error 1 is not a valid heading level for a card
    expect(() => renderPiazza(<ServiceCard title="S" href="/s/" headingLevel={1} />)).toThrow(
      /prop "headingLevel"/,
    );
    spy.mockRestore();
  });
});
