// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { PiazzaProvider } from '../intl/PiazzaProvider.js';
import { renderPiazza } from '../test-utils/render.js';
import { CardList } from './CardList.js';
import { examples } from './CardList.examples.js';
import { ServiceCard } from '../ServiceCard/ServiceCard.js';
import { axeViolations } from '../test-utils/axe.js';
import { SAMPLE_SERVICES } from './sample-services.js';

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

  test('the cards of a list right under the h1 are h2 (axe heading-order), or the level the list gives', async () => {
    const page = (level?: 2 | 3) => (
      <main>
        <h1>Servizi</h1>
        <CardList
          items={SAMPLE_SERVICES.slice(0, 2)}
          getKey={(s) => s.slug}
          renderItem={(s) => <ServiceCard title={s.title} href={`/servizi/${s.slug}/`} />}
          headingLevel={level}
        />
      </main>
    );
    const { container, rerender } = renderPiazza(page());
    const titles = () => screen.getAllByRole('heading').map((h) => h.tagName);
    expect(titles()).toEqual(['H1', 'H2', 'H2']);
    expect(await axeViolations(container, { page: true })).toEqual([]);
    rerender(<PiazzaProvider>{page(3)}</PiazzaProvider>);
    expect(titles()).toEqual(['H1', 'H3', 'H3']);
    // a card's own level wins over the list's
    rerender(
      <PiazzaProvider>
        <CardList
          items={['a']}
          getKey={String}
          renderItem={(s) => <ServiceCard title={s} href="/s/" headingLevel={4} />}
        />
      </PiazzaProvider>,
    );
    expect(titles()).toEqual(['H4']);
  });

  test('the server-usable form: data and rendered cards only (no function props), same filters', async () => {
    const user = userEvent.setup();
    const topic = SAMPLE_SERVICES[0]!.topics[0]!;
    const entries = SAMPLE_SERVICES.map((s) => ({
      key: s.slug,
      card: <ServiceCard title={s.title} href={`/servizi/${s.slug}/`} />,
      text: `${s.title} ${s.description}`,
      values: { categoria: s.category, argomento: s.topics },
    }));
    const props = {
      entries,
      filters: [
        { id: 'categoria', label: 'Categoria', options: ['Anagrafe e stato civile'] },
        { id: 'argomento', label: 'Argomento', options: [topic] },
      ],
      messages: { search: 'Cerca un servizio' },
    };
    // what a server component passes is plain data: it survives JSON (React's props serialisation)
    const { card: _card, ...first } = entries[0]!;
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    expect(props.filters.every((f) => !('matches' in f))).toBe(true);
    renderPiazza(<CardList {...props} />);
    expect(serviceLinks()).toHaveLength(6);
    const byCategory = SAMPLE_SERVICES.filter((s) => s.category === 'Anagrafe e stato civile');
    await user.selectOptions(screen.getByLabelText('Categoria'), 'Anagrafe e stato civile');
    expect(serviceLinks()).toHaveLength(Math.min(6, byCategory.length));
    await user.selectOptions(screen.getByLabelText('Categoria'), '');
    const byTopic = SAMPLE_SERVICES.filter((s) => (s.topics as readonly string[]).includes(topic));
    await user.selectOptions(screen.getByLabelText('Argomento'), topic);
    expect(screen.getByRole('status')).toHaveTextContent(`${byTopic.length} `);
    await user.selectOptions(screen.getByLabelText('Argomento'), '');
    await user.type(screen.getByLabelText('Cerca un servizio'), byCategory[0]!.title);
    expect(serviceLinks()[0]).toHaveAccessibleName(byCategory[0]!.title);
  });
});
