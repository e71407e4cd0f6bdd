import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { Breadcrumbs } from '../Breadcrumbs/Breadcrumbs.js';
import { PageFrame } from './PageFrame.js';
import { buildMainMenu } from '../HeaderNavbar/menu.js';
import { examples, exampleSite } from './PageFrame.examples.js';

const FIRST_LEVEL =
  '[data-element="management"],[data-element="news"],[data-element="all-services"],[data-element="live"]';

describe('PageFrame', () => {
  beforeEach(() => localStorage.clear());

  test('one banner, one main (#main-content, focusable), one contentinfo (#footer)', () => {
    renderPiazza(examples.firstLevelPage.render());
    expect(screen.getAllByRole('banner')).toHaveLength(1);
    expect(screen.getAllByRole('contentinfo')).toHaveLength(1);
    const main = screen.getByRole('main');
    expect(main.id).toBe('main-content');
    expect(main).toHaveAttribute('tabindex', '-1');
    expect(screen.getByRole('contentinfo').id).toBe('footer');
  });

  test('skip links come first, inside the banner, then the cookie bar; they point at main and footer', () => {
    const { container } = renderPiazza(examples.firstLevelPage.render());
    const first = container.querySelector('a')!;
    expect(first.closest('header')).toBe(screen.getByRole('banner'));
    expect(first).toHaveTextContent('Vai ai contenuti');
    // The cookie bar's controls are the next stops, before every other link of the header.
    const links = Array.from(container.querySelectorAll('a[href], button'));
    const bar = screen.getByRole('region', { name: 'Informativa sui cookie' });
    expect(links.slice(2, 5).every((el) => bar.contains(el))).toBe(true);
    expect(first).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('link', { name: 'Vai al footer' })).toHaveAttribute('href', '#footer');
  });

  test('the page holds exactly the four first-level items, and the footer legal links', () => {
    const { container } = renderPiazza(examples.firstLevelPage.render());
    expect(container.querySelectorAll(FIRST_LEVEL)).toHaveLength(4);
    const footer = screen.getByRole('contentinfo');
    for (const d of [
      'faq',
      'report-inefficiency',
      'privacy-policy-link',
      'legal-notes',
      'accessibility-link',
    ]) {
      expect(container.querySelectorAll(`[data-element="${d}"]`)).toHaveLength(1);
      expect(footer.querySelector(`[data-element="${d}"]`)).not.toBeNull();
    }
    expect(container.querySelectorAll('[data-element="management-category-link"]')).toHaveLength(7);
    expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute('data-element', 'page-name');
  });

  test('breadcrumbs (from items) sit in main; the current section is marked in the menu', () => {
    renderPiazza(examples.firstLevelPage.render());
    const main = screen.getByRole('main');
    const trail = within(main).getByRole('navigation', { name: 'Percorso di navigazione' });
    expect(trail.querySelector('[data-element="breadcrumb"]')).not.toBeNull();
    const menuLink = document.querySelector('[data-element="management"]');
    expect(menuLink).toHaveAttribute('aria-current', 'page');
  });

  test('the rating slot renders at the end of main; a ready Breadcrumbs element is accepted', () => {
    renderPiazza(
      <PageFrame
        {...exampleSite}
        cookieBar={false}
        breadcrumbs={<Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: 'Pagina' }]} />}
        rating={<section aria-label="Valutazione">Valuta</section>}
      >
        <h1>Pagina</h1>
      </PageFrame>,
    );
    const main = screen.getByRole('main');
    const rating = within(main).getByRole('region', { name: 'Valutazione' });
    expect(main.lastElementChild!.contains(rating)).toBe(true);
    expect(within(main).getByRole('navigation', { name: 'Percorso di navigazione' })).toBeTruthy();
  });

  test('the rating sits in a centred column of the container, not edge to edge', () => {
    renderPiazza(
      <PageFrame {...exampleSite} rating={<section aria-label="Valutazione">Valuta</section>}>
        <h1>Pagina</h1>
      </PageFrame>,
    );
    const rating = screen.getByRole('region', { name: 'Valutazione' });
    const column = rating.parentElement!;
    expect(column).toHaveClass('col-12', 'col-lg-6');
    expect(column.parentElement).toHaveClass('row', 'justify-content-center');
    expect(column.closest('.container')).not.toBeNull();
    expect(column.closest('.container')!.closest('main')).toBe(screen.getByRole('main'));
  });

  test('the footer names the fourth section as the header does when the menu is given as items', () => {
    const items = buildMainMenu({ liveLabel: 'Vivere Roccabella' });
    renderPiazza(
      <PageFrame
        {...exampleSite}
        header={{
          ...exampleSite.header,
          navbar: { ...exampleSite.header.navbar, items, liveLabel: undefined },
        }}
      >
        <h1>Pagina</h1>
      </PageFrame>,
    );
    const live = screen.getByRole('banner').querySelector('[data-element="live"]')!;
    expect(live).toHaveTextContent('Vivere Roccabella');
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'Vivere Roccabella' })).toBeTruthy();
    expect(within(footer).queryByText(/Vivere il Comune/i)).toBeNull();
  });

  test('cookie bar when configured; "Torna su" in the footer, targeting the frame top', () => {
    const { container } = renderPiazza(examples.firstLevelPage.render());
    expect(screen.getByRole('region', { name: 'Informativa sui cookie' })).toBeInTheDocument();
    const top = within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Torna su' });
    expect(top).toHaveAttribute('href', '#top');
    expect(container.firstElementChild!.id).toBe('top');
  });

  test('after the cookie choice, focus moves to main', async () => {
    const user = userEvent.setup();
    renderPiazza(examples.firstLevelPage.render());
    await user.click(screen.getByRole('button', { name: 'Accetta' }));
    expect(screen.getByRole('main')).toHaveFocus();
  });

  test('the example site: Comune di Esempio, Regione Esempio', () => {
    renderPiazza(examples.legalNotesPage.render());
    expect(
      screen.getByRole('link', { name: 'Regione Esempio (si apre in una nuova scheda)' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Comune di Esempio').length).toBeGreaterThanOrEqual(2);
    expect(screen.queryByRole('region', { name: 'Informativa sui cookie' })).toBeNull();
    expect(document.querySelector('[data-element="legal-notes-body"]')).not.toBeNull();
  });

  test('forwards ref and className; backToTop={false}', () => {
    const ref = { current: null as HTMLDivElement | null };
    renderPiazza(
      <PageFrame ref={ref} className="x" {...exampleSite} cookieBar={false} backToTop={false}>
        <h1>T</h1>
      </PageFrame>,
    );
    expect(ref.current).toHaveClass('x');
    expect(screen.queryByRole('link', { name: 'Torna su' })).toBeNull();
  });
});
