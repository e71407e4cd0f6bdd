import { screen } from '@testing-library/react';
import { renderPiazza } from '../test-utils/render.js';
import { examples } from './PersonCard.examples.js';

describe('PersonCard', () => {
  test('name as heading link, role, decorative photo by default', () => {
    const { container } = renderPiazza(examples.default.render());
    expect(screen.getByRole('heading', { level: 3 })).toContainElement(
      screen.getByRole('link', { name: 'Giulia Rossi' }),
    );
    expect(screen.getByText('Sindaca')).toBeInTheDocument();
    expect(container.querySelector('img')).toHaveAttribute('alt', '');
  });

  test('without href the name is text', () => {
    renderPiazza(examples.plain.render());
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Marco Bianchi' })).toBeInTheDocument();
  });
});
