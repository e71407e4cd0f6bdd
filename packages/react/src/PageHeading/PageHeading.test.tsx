import { screen } from '@testing-library/react';
import { renderPiazza } from '../test-utils/render.js';
import { PageHeading } from './PageHeading.js';
import { examples } from './PageHeading.examples.js';

describe('PageHeading', () => {
  test('the h1 carries page-name; the lead follows', () => {
    renderPiazza(examples.default.render());
    const h1 = screen.getByRole('heading', { level: 1, name: 'Servizi' });
    expect(h1).toHaveAttribute('data-element', 'page-name');
    expect(screen.getByText(/Tutti i servizi comunali/)).toHaveClass('lead');
  });

  test('actions beside the title', () => {
    renderPiazza(examples.actions.render());
    expect(screen.getByRole('link', { name: 'Prenota appuntamento' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading')).toHaveLength(1);
  });

  test('a missing title throws; ref and className', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderPiazza(<PageHeading title="" />)).toThrow(/<PageHeading>: prop "title"/);
    spy.mockRestore();
    const ref = { current: null as HTMLDivElement | null };
    renderPiazza(<PageHeading ref={ref} className="x" title="T" />);
    expect(ref.current).toHaveClass('x');
  });

  test('contained: a .container around the heading row, children under the lead', () => {
    const { container } = renderPiazza(examples.contained.render());
    const h1 = screen.getByRole('heading', { level: 1, name: 'Luoghi' });
    expect(container.firstElementChild).toHaveClass('container');
    expect(container.firstElementChild?.firstElementChild).toHaveClass('row');
    expect(h1.parentElement?.lastElementChild).toHaveTextContent('Aggiornato il');
  });
});
