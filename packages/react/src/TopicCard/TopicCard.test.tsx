import { screen } from '@testing-library/react';
import { renderPiazza } from '../test-utils/render.js';
import { TopicCard } from './TopicCard.js';
import { examples } from './TopicCard.examples.js';

describe('TopicCard', () => {
  test('the topic link carries topic-element and its text is exactly the model topic', () => {
    const { container } = renderPiazza(examples.default.render());
    const el = container.querySelector('[data-element="topic-element"]')!;
    expect(el.textContent!.trim()).toBe('Mobilità sostenibile');
    expect(screen.getByRole('link', { name: 'Mobilità sostenibile' })).toBe(el);
  });

  test('a highlighted topic lists its links inside the card, then the link to explore it', () => {
    const { container } = renderPiazza(examples.withLinks.render());
    const img = screen.getByRole('img', { name: 'Una pista ciclabile tra gli alberi' });
    expect(img).toHaveAttribute('width', '160');
    expect(img).toHaveAttribute('loading', 'lazy');
    expect(screen.getByRole('link', { name: 'Permesso ZTL' })).toHaveAttribute(
      'href',
      '/servizi/mobilita-e-trasporti/permesso-ztl/',
    );
    const explore = screen.getByRole('link', { name: 'Esplora argomento: Mobilità sostenibile' });
    expect(explore).toHaveAttribute('href', '/argomenti/mobilita-sostenibile/');
    // Only the title link is the topic element the checker reads (C.SI.1.5).
    expect(container.querySelectorAll('[data-element="topic-element"]')).toHaveLength(1);
  });

  test('a topic outside the model warns in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // @ts-expect-error not a model topic
    renderPiazza(<TopicCard topic="Sagre" href="/a/" />);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('"Sagre" is not one of the 64 topics'),
    );
    warn.mockRestore();
  });
});
