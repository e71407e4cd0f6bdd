// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { PiazzaProvider } from '../intl/PiazzaProvider.js';
import { renderPiazza } from '../test-utils/render.js';
import { CardList } from './CardList.js';
import { examples } from './CardList.examples.js';

const serviceLinks = (root: ParentNode = document) =>
  root.querySelectorAll('a[data-element="service-link"]');

describe('CardList', () => {
  test('shows the count politely ("14 servizi trovati") and the first page of cards', () => {
    renderPiazza(examples.services.render());
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('14 servizi trovati');
    expect(serviceLinks()).toHaveLength(6);
    expect(screen.getAllByRole('listitem')).toHaveLength(6);
  });

  test('"Carica altri risultati" reveals the next cards in place and moves focus to the first new one', async () => {
    const user = userEvent.setup();
    renderPiazza(examples.services.render());
    const more = screen.getByRole('button', { name: 'Carica altri risultati' });
    expect(more).toHaveAttribute('data-element', 'load-other-cards');
    await user.click(more);
    expect(serviceLinks()).toHaveLength(12);
    expect(document.activeElement).toBe(serviceLinks()[6]);
    expect(document.activeElement).toHaveAccessibleName('Pagare una multa');
    // The checker clicks until no new service-link appears; then the control is gone.
    (document.querySelector('[data-element="load-other-cards"]') as HTMLElement).click();
    await screen.findByText('Prenotare il ritiro dei rifiuti ingombranti');
    expect(serviceLinks()).toHaveLength(14);
    expect(document.querySelector('[data-element="load-other-cards"]')).toBeNull();
  });

  test('without JavaScript (server render) the control is a link to the next page', () => {
    const html = renderToString(<PiazzaProvider>{examples.services.render()}</PiazzaProvider>);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const more = doc.querySelector('[data-element="load-other-cards"]')!;
    expect(more.tagName).toBe('A');
    expect(more.getAttribute('href')).toBe('/servizi/?pagina=2');
    expect(serviceLinks(doc)).toHaveLength(6);
  });

  test('filters by category and by keyword; the count follows and "no results" is said', async () => {
    const user = userEvent.setup();
    renderPiazza(examples.services.render());
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Categoria' }),
      'Anagrafe e stato civile',
    );
    expect(screen.getByRole('status')).toHaveTextContent('3 servizi trovati');
    expect(serviceLinks()).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Carica altri risultati' })).toBeNull();
    await user.type(screen.getByRole('searchbox', { name: 'Cerca un servizio' }), 'cambio');
    expect(screen.getByRole('status')).toHaveTextContent('1 servizio trovato');
    await user.type(screen.getByRole('searchbox'), ' zzz');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Nessun risultato corrisponde ai filtri scelti.',
    );
    expect(serviceLinks()).toHaveLength(0);
  });

  test('filters by topic; changing a filter starts again from the first page', async () => {
    const user = userEvent.setup();
    renderPiazza(examples.services.render());
    await user.click(screen.getByRole('button', { name: 'Carica altri risultati' }));
    expect(serviceLinks()).toHaveLength(12);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Argomento' }),
      'Gestione rifiuti',
    );
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(2);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Argomento' }), '');
    expect(serviceLinks()).toHaveLength(6);
  });

  test('generic items, English texts, ref and state attributes', () => {
    const ref = { current: null as HTMLDivElement | null };
    renderPiazza(
      <CardList
        ref={ref}
        items={['a', 'b', 'c']}
        getKey={(s) => s}
        renderItem={(s) => <a href={`/${s}/`}>{s}</a>}
        pageSize={2}
      />,
      { locale: 'en' },
    );
    expect(screen.getByRole('status')).toHaveTextContent('3 results found');
    expect(screen.getByRole('button', { name: 'Load more results' })).toBeInTheDocument();
    expect(ref.current).toHaveAttribute('data-count', '3');
    expect(ref.current).toHaveAttribute('data-shown', '2');
    expect(screen.queryByRole('search')).toBeNull();
  });

  test('a bad page size throws naming the prop', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      renderPiazza(<CardList items={[]} getKey={String} renderItem={String} pageSize={0} />),
    ).toThrow(/<CardList>: prop "pageSize"/);
    spy.mockRestore();
  });
});
