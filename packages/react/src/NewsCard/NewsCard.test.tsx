import { screen } from '@testing-library/react';
import { renderPiazza } from '../test-utils/render.js';
import { NewsCard } from './NewsCard.js';
import { examples } from './NewsCard.examples.js';

describe('NewsCard', () => {
  test('type, date in a <time> element, title link', () => {
    const { container } = renderPiazza(examples.default.render());
    expect(screen.getByText('Comunicati')).toBeInTheDocument();
    const time = container.querySelector('time')!;
    expect(time).toHaveAttribute('datetime', '2025-03-14');
    expect(time).toHaveTextContent('14 marzo 2025');
    expect(
      screen.getByRole('heading', { level: 3, name: 'Nuovi orari dello sportello anagrafe' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link')).toHaveAttribute('href', '/novita/nuovi-orari-anagrafe/');
    expect(screen.queryByRole('img')).toBeNull();
  });

  test('optional image with its alternative text; English date', () => {
    renderPiazza(examples.withImage.render(), { locale: 'en' });
    expect(screen.getByRole('img', { name: 'Il viale principale del parco' })).toBeInTheDocument();
    expect(screen.getByText('2 May 2025')).toBeInTheDocument();
  });

  test('an invalid date throws naming the prop', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      renderPiazza(<NewsCard type="Avvisi" date="ieri" title="Avviso" href="/a/" />),
    ).toThrow(/<NewsCard>: prop "date" must be a valid date/);
    spy.mockRestore();
  });
});
