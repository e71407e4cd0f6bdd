import { screen, within } from '@testing-library/react';
import { renderPiazza } from '../test-utils/render.js';
import { TopicChip } from './TopicChip.js';
import { TopicChipList } from './TopicChipList.js';
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

  test('TopicChipList: one list item per topic, each a chip link to its page; no topics, no list', () => {
    renderPiazza(examples.list.render());
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[1]!).getByRole('link', { name: 'Tempo libero' })).toHaveAttribute(
      'href',
      '/argomenti/tempo-libero/',
    );
    const { container } = renderPiazza(<TopicChipList topics={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
