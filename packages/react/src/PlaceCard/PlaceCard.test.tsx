import { screen } from '@testing-library/react';
import { renderPiazza } from '../test-utils/render.js';
import { PlaceCard } from './PlaceCard.js';
import { examples } from './PlaceCard.examples.js';

describe('PlaceCard', () => {
  test('title link carries location-link; the address has a hidden label', () => {
    renderPiazza(examples.default.render());
    const link = screen.getByRole('link', { name: 'Biblioteca civica' });
    expect(link).toHaveAttribute('data-element', 'location-link');
    expect(screen.getByRole('heading', { level: 3 })).toContainElement(link);
    expect(screen.getByText('Via Roma 12, 10100', { exact: false })).toHaveTextContent(
      'Indirizzo: Via Roma 12, 10100',
    );
  });

  test('English label and override', () => {
    renderPiazza(
      <PlaceCard title="Parco" href="/p/" address="Via Po 1" messages={{ address: 'Dove:' }} />,
      {
        locale: 'en',
      },
    );
    expect(screen.getByText('Via Po 1', { exact: false })).toHaveTextContent('Dove: Via Po 1');
  });
});
