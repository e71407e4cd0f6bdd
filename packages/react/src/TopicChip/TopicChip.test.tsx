import { screen } from '@testing-library/react';
import { renderPiazza } from '../test-utils/render.js';
import { TopicChip } from './TopicChip.js';
import { examples } from './TopicChip.examples.js';

describe('TopicChip', () => {
  test('a linked chip carrying service-topic with the exact topic text', () => {
    const { container } = renderPiazza(examples.serviceTopics.render());
    const chips = Array.from(container.querySelectorAll('[data-element="service-topic"]'));
    expect(chips.map((c) => c.textContent)).toEqual(['Anagrafe', "Accesso all'informazione"]);
    expect(screen.getByRole('link', { name: 'Anagrafe' })).toHaveClass('chip', 'chip-simple');
  });

  test('without href it is text; a topic outside the model warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderPiazza(examples.text.render());
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Turismo')).toHaveClass('chip-label');
    expect(warn).not.toHaveBeenCalled();
    // @ts-expect-error not a model topic
    renderPiazza(<TopicChip topic="Movida" />);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('"Movida" is not one of the 64 topics'),
    );
    warn.mockRestore();
  });
});
