import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { Breadcrumbs } from './Breadcrumbs.js';
import { examples } from './Breadcrumbs.examples.js';

describe('Breadcrumbs', () => {
  test('is a navigation landmark named "Percorso di navigazione" around the breadcrumb list', () => {
    renderPiazza(examples.servicePage.render());
    const nav = screen.getByRole('navigation', { name: 'Percorso di navigazione' });
    const list = within(nav).getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(list).toHaveAttribute('data-element', 'breadcrumb');
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
  });

  test('the current page is text with aria-current="page"; the others are links', () => {
    renderPiazza(examples.servicePage.render());
    const items = screen.getAllByRole('listitem');
    const current = items.at(-1)!;
    expect(current).toHaveAttribute('aria-current', 'page');
    expect(within(current).queryByRole('link')).toBeNull();
    expect(screen.getByRole('link', { name: 'Servizi' })).toHaveAttribute('href', '/servizi/');
    expect(screen.getAllByRole('link')).toHaveLength(3);
  });

  test('list item texts satisfy the C.SI.1.3 rule: "servizi" followed by the category', () => {
    renderPiazza(examples.servicePage.render());
    const texts = screen.getAllByRole('listitem').map((li) =>
      (li.textContent ?? '')
        .toLowerCase()
        .replace(/[^a-z0-9 ]/g, '')
        .trim(),
    );
    const i = texts.indexOf('servizi');
    expect(i).toBeGreaterThan(-1);
    expect(texts[i + 1]!.length).toBeGreaterThanOrEqual(3);
  });

  test('a long trail collapses behind a button that expands it, and stays one list', async () => {
    const user = userEvent.setup();
    renderPiazza(examples.long.render());
    const nav = screen.getByRole('navigation');
    expect(nav).toHaveAttribute('data-collapsed', 'true');
    // The collapsed items are still in the list, for the checker and for wide screens.
    expect(screen.getByRole('link', { name: 'Documenti e dati' })).toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Mostra il percorso completo' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await user.keyboard('{Enter}');
    expect(nav).not.toHaveAttribute('data-collapsed');
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getAllByRole('list')).toHaveLength(1);
  });

  test('short trails never collapse', () => {
    renderPiazza(examples.short.render());
    expect(screen.getByRole('navigation')).not.toHaveAttribute('data-collapsed');
    expect(screen.queryByRole('button')).toBeNull();
  });

  test('English default label, and per-instance override', () => {
    const { unmount } = renderPiazza(examples.short.render(), { locale: 'en' });
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toBeInTheDocument();
    unmount();
    renderPiazza(<Breadcrumbs items={[{ label: 'Home' }]} messages={{ label: 'Sei qui' }} />);
    expect(screen.getByRole('navigation', { name: 'Sei qui' })).toBeInTheDocument();
  });

  test('forwards ref and passes className through', () => {
    const ref = { current: null as HTMLElement | null };
    renderPiazza(<Breadcrumbs ref={ref} className="mb-4" items={[{ label: 'Home' }]} />);
    expect(ref.current?.tagName).toBe('NAV');
    expect(ref.current).toHaveClass('breadcrumb-container', 'mb-4');
  });

  test('bad input fails with an error naming the prop', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderPiazza(<Breadcrumbs items={[]} />)).toThrow(/<Breadcrumbs>: prop "items"/);
    expect(() => renderPiazza(<Breadcrumbs items={[{ label: 'Home' }, { label: ' ' }]} />)).toThrow(
      /prop "items\[1\]\.label" must be a non-empty string/,
    );
    spy.mockRestore();
  });
});
