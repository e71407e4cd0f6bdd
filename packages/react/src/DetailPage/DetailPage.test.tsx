import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { DetailPage } from './DetailPage.js';
import { examples } from './DetailPage.examples.js';

const indexLinks = () =>
  within(screen.getByRole('navigation', { name: 'Indice della pagina' })).getAllByRole('link');

describe('DetailPage', () => {
  test('the page index and the sections come from one list: same ids, same labels, same order', () => {
    const { container } = renderPiazza(examples.place.render());
    const sections = Array.from(container.querySelectorAll('section'));
    expect(sections.map((s) => s.id)).toEqual(['descrizione', 'indirizzo', 'contatti']);
    expect(indexLinks().map((a) => a.getAttribute('href'))).toEqual(
      sections.map((s) => `#${s.id}`),
    );
    expect(indexLinks().map((a) => a.textContent)).toEqual(
      screen
        .getAllByRole('heading', { level: 2 })
        .slice(1)
        .map((h) => h.textContent),
    );
    // A section without content is out of both.
    expect(screen.queryByRole('heading', { name: 'Orari' })).toBeNull();
    expect(container.querySelector('[data-element="page-index"]')).toBe(
      indexLinks()[0]!.closest('ul'),
    );
  });

  test('without JavaScript the index is an open list: no disclosure button, nothing marked current', () => {
    renderPiazza(examples.place.render());
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Indice della pagina' })).toBeVisible();
    for (const a of indexLinks()) expect(a).not.toHaveAttribute('aria-current');
  });

  test('collapsibleIndex: the index hides behind a button on small screens, children follow the sections', async () => {
    renderPiazza(examples.collapsible.render());
    const button = screen.getByRole('button', { name: 'Indice della pagina' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/Ultimo aggiornamento/)).toBeInTheDocument();
  });

  test('two shown sections with one id throw, naming the prop', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      renderPiazza(
        <DetailPage
          sections={[
            { id: 'a', title: 'A', content: 'x' },
            { id: 'a', title: 'B', content: 'y' },
          ]}
        />,
      ),
    ).toThrow(/<DetailPage>: prop "sections"/);
    spy.mockRestore();
  });
});
