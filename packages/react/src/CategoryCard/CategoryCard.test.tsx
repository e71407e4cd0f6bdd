import { screen } from '@testing-library/react';
import { renderPiazza } from '../test-utils/render.js';
import { CategoryCard } from './CategoryCard.js';
import { examples } from './CategoryCard.examples.js';

describe('CategoryCard', () => {
  test('the title link carries the section’s category data-element; inner links carry none', () => {
    renderPiazza(examples.service.render());
    const title = screen.getByRole('link', { name: 'Anagrafe e stato civile' });
    expect(title).toHaveAttribute('data-element', 'service-category-link');
    expect(screen.getByRole('heading', { level: 3 })).toContainElement(title);
    const inner = screen.getByRole('link', { name: 'Cambio di residenza' });
    expect(inner).not.toHaveAttribute('data-element');
    expect(screen.getByRole('list')).toBeInTheDocument();
  });

  test.each([
    ['management', 'Uffici', 'management-category-link'],
    ['news', 'Notizie', 'news-category-link'],
    ['all-services', 'Tributi, finanze e contravvenzioni', 'service-category-link'],
  ] as const)('section %s → %s carries %s', (section, title, de) => {
    renderPiazza(<CategoryCard section={section} title={title} href="/x/" />);
    expect(screen.getByRole('link', { name: title })).toHaveAttribute('data-element', de);
  });

  test('a title outside the model warns in development (C.SI.1.7)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderPiazza(<CategoryCard section="news" title="Rassegna stampa" href="/x/" />);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('"Rassegna stampa" is not a second-level title'),
    );
    warn.mockClear();
    renderPiazza(<CategoryCard section="news" title="Comunicati" href="/y/" />);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  test('bad section throws naming the prop', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    // @ts-expect-error not a section
    expect(() => renderPiazza(<CategoryCard section="home" title="Uffici" href="/x/" />)).toThrow(
      /<CategoryCard>: prop "section"/,
    );
    spy.mockRestore();
  });
});
