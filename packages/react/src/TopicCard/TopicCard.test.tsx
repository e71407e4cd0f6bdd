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
