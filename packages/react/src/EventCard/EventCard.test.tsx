import { screen } from '@testing-library/react';
import { renderPiazza } from '../test-utils/render.js';
import { EventCard } from './EventCard.js';
import { examples } from './EventCard.examples.js';

describe('EventCard', () => {
  test('title link carries event-link; the range is two <time> elements', () => {
    const { container } = renderPiazza(examples.range.render());
    expect(screen.getByRole('link', { name: 'Festa di primavera' })).toHaveAttribute(
      'data-element',
      'event-link',
    );
    const times = Array.from(container.querySelectorAll('time'));
    expect(times.map((t) => t.getAttribute('datetime'))).toEqual(['2025-05-03', '2025-05-05']);
    expect(times[0]!.parentElement).toHaveTextContent('dal 3 maggio 2025 al 5 maggio 2025');
    expect(screen.getByText('Piazza del Municipio').parentElement).toHaveTextContent(
      'Luogo: Piazza del Municipio',
    );
  });

  test('one day: one <time>; English texts', () => {
    const { container } = renderPiazza(
      <EventCard title="Open day" href="/e/" start="2025-06-12" end="2025-06-13" />,
      { locale: 'en' },
    );
    expect(container.querySelector('.data')).toHaveTextContent('from 12 June 2025 to 13 June 2025');
    const { container: c2 } = renderPiazza(examples.day.render());
    expect(c2.querySelectorAll('time')).toHaveLength(1);
  });

  test('a bad end date throws naming the prop', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      renderPiazza(<EventCard title="E" href="/e/" start="2025-01-01" end="domani" />),
    ).toThrow(/<EventCard>: prop "end"/);
    spy.mockRestore();
  });
});
