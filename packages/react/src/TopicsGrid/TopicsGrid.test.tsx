import { screen } from '@testing-library/react';
import { isModelTopic } from '@piazza/vocabularies';
import { renderPiazza } from '../test-utils/render.js';
import { examples } from './TopicsGrid.examples.js';

describe('TopicsGrid', () => {
  test('by default: the 64 model topics, every topic-element text in the model (C.SI.1.5)', () => {
    const { container } = renderPiazza(examples.all.render());
    const texts = Array.from(container.querySelectorAll('[data-element="topic-element"]')).map(
      (e) => e.textContent!.trim(),
    );
    expect(texts).toHaveLength(64);
    expect(new Set(texts).size).toBe(64);
    expect(texts.every((t) => isModelTopic(t))).toBe(true);
    expect(screen.getByRole('link', { name: 'Mobilità sostenibile' })).toHaveAttribute(
      'href',
      '/argomenti/mobilita-sostenibile/',
    );
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(64);
  });

  test('a given list, as a list of cards with the chosen heading level', () => {
    renderPiazza(examples.some.render());
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Mobilità sostenibile',
      'Gestione rifiuti',
      'Tempo libero',
    ]);
  });
});
