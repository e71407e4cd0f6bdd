import { act, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { SECOND_LEVEL_TITLES, SITE_LINKS } from '@piazza/vocabularies';
import { renderPiazza } from '../test-utils/render.js';
import { HeaderNavbar } from './HeaderNavbar.js';
import { examples } from './HeaderNavbar.examples.js';
import { buildMainMenu } from './menu.js';

const FIRST_LEVEL = ['management', 'news', 'all-services', 'live'];
const firstLevelSelector = FIRST_LEVEL.map((d) => `[data-element="${d}"]`).join(',');

function renderInPage(ui = examples.default.render()) {
  return renderPiazza(
    <>
      <a href="#before">Prima</a>
      {ui}
      <main>
        <a href="#after">Dopo</a>
      </main>
    </>,
  );
}

describe('HeaderNavbar: first-level menu (C.SI.1.6)', () => {
  test('the four items, in order, exact labels, inside ul[data-element="main-navigation"]', () => {
    const { container } = renderPiazza(examples.default.render());
    const list = container.querySelector('ul[data-element="main-navigation"]')!;
    expect(list).not.toBeNull();
    const links = Array.from(list.querySelectorAll<HTMLAnchorElement>(firstLevelSelector));
    expect(links.map((a) => a.dataset['element'])).toEqual(FIRST_LEVEL);
    expect(links.map((a) => a.textContent!.trim())).toEqual([
      'Amministrazione',
      'Novità',
      'Servizi',
      'Vivere il Comune',
    ]);
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/amministrazione/',
      '/novita/',
      '/servizi/',
      '/vivere-il-comune/',
    ]);
    // No copy anywhere: exactly four elements carry the first-level data-elements.
    expect(container.querySelectorAll(firstLevelSelector)).toHaveLength(4);
    expect(container.querySelectorAll('[data-element="custom-submenu"]')).toHaveLength(0);
  });

  test('"Vivere {nome}" is accepted; other labels are refused', () => {
    const { container, unmount } = renderPiazza(examples.customLive.render());
    expect(container.querySelector('[data-element="live"]')!.textContent).toBe('Vivere Esempio');
    unmount();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderPiazza(<HeaderNavbar liveLabel="Il Comune" />)).toThrow(
      /<HeaderNavbar>: prop "items\[3\]\.label"/,
    );
    spy.mockRestore();
  });

  test('extra items carry custom-submenu; more than three, or a wrong order, throw', () => {
    const { container, unmount } = renderPiazza(examples.extraItems.render());
    const extra = container.querySelectorAll('[data-element="custom-submenu"]');
    expect(extra).toHaveLength(1);
    expect(extra[0]!.textContent).toBe('Turismo');
    unmount();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const four = Array.from({ length: 4 }, (_, i) => ({ label: `X${i}`, href: `/x${i}/` }));
    expect(() =>
      renderPiazza(<HeaderNavbar items={buildMainMenu({ extraItems: four })} />),
    ).toThrow(/prop "items" allows at most 3 extra items/);
    const swapped = buildMainMenu();
    [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
    expect(() => renderPiazza(<HeaderNavbar items={swapped} />)).toThrow(
      /prop "items\[0\]\.dataElement" must be "management"/,
    );
    spy.mockRestore();
  });

  test('the current section is marked with aria-current', () => {
    renderPiazza(examples.default.render());
    expect(screen.getByRole('link', { name: 'Servizi' })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('link', { name: 'Amministrazione' })).not.toHaveAttribute(
      'aria-current',
    );
    renderPiazza(<HeaderNavbar currentHref="/novita/" />);
    expect(screen.getAllByRole('link', { name: 'Novità' }).at(-1)).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('secondary list: highlighted topics and "Tutti gli argomenti" (all-topics)', () => {
    renderPiazza(examples.default.render());
    const topics = screen.getByRole('list', { name: 'Argomenti in evidenza' });
    const links = within(topics).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Mobilità sostenibile',
      'Istruzione',
      'Turismo',
      'Tutti gli argomenti',
    ]);
    expect(links.at(-1)).toHaveAttribute('data-element', 'all-topics');
    expect(links.at(-1)).toHaveTextContent(SITE_LINKS.allTopics.label);
    expect(links.at(-1)).toHaveAttribute('href', '/argomenti/');
  });

  // The layout itself (one row, nothing clipped) is measured in Chromium by
  // test/browser/navbar-fit.test.mjs; here, the breakpoints that keep it so.
  test.each([
    ['the four items: topics from xl, "Tutti gli argomenti" always', 0, '', 'd-lg-none d-xl-flex'],
    [
      'one extra item: the secondary list from xl, topics off-canvas',
      1,
      'd-lg-none d-xl-flex',
      'd-lg-none',
    ],
    ['two extra items: the secondary list from xxl', 2, 'd-lg-none d-xxl-flex', 'd-lg-none'],
    ['three extra items: the secondary list from xxl', 3, 'd-lg-none d-xxl-flex', 'd-lg-none'],
  ])('desktop row: %s', (_, extra, listClasses, topicClasses) => {
    const extraItems = Array.from({ length: extra }, (__, i) => ({
      label: `Voce ${i + 1}`,
      href: `/voce-${i + 1}/`,
    }));
    renderPiazza(
      <HeaderNavbar
        items={buildMainMenu({ extraItems })}
        topics={[{ label: 'Istruzione', href: '/argomenti/istruzione/' }]}
      />,
    );
    const list = screen.getByRole('list', { name: 'Argomenti in evidenza' });
    const [topic, allTopics] = within(list).getAllByRole('listitem');
    const display = (el: Element) =>
      Array.from(el.classList)
        .filter((c) => c.startsWith('d-'))
        .join(' ');
    expect(display(list)).toBe(listClasses);
    expect(display(topic!)).toBe(topicClasses);
    expect(display(allTopics!)).toBe('');
  });

  test('is a navigation landmark named "Menu principale"; forwards ref and className', () => {
    const ref = { current: null as HTMLDivElement | null };
    renderPiazza(<HeaderNavbar ref={ref} className="extra" />);
    expect(screen.getByRole('navigation', { name: 'Menu principale' })).toBeInTheDocument();
    expect(ref.current).toHaveClass('it-header-navbar-wrapper', 'extra');
  });

  test('English texts and per-instance overrides', () => {
    const { unmount } = renderPiazza(<HeaderNavbar />, { locale: 'en' });
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open the menu' })).toBeInTheDocument();
    unmount();
    renderPiazza(<HeaderNavbar messages={{ open: 'Menu' }} />);
    expect(screen.getByRole('button', { name: 'Menu' })).toBeInTheDocument();
  });
});

describe('HeaderNavbar: megamenu (APG disclosure navigation, C.SI.1.7 titles)', () => {
  test('each item has a disclosure button, closed, controlling a hidden panel', () => {
    renderPiazza(examples.default.render());
    const button = screen.getByRole('button', { name: 'Sottomenu Amministrazione' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel).not.toBeVisible();
    expect(screen.getAllByRole('button', { name: /^Sottomenu / })).toHaveLength(4);
  });

  test('second-level entries are the vocabulary titles, and carry no data-element', async () => {
    const user = userEvent.setup();
    renderPiazza(examples.default.render());
    const expected = {
      Amministrazione: SECOND_LEVEL_TITLES.management,
      Novità: SECOND_LEVEL_TITLES.news,
      Servizi: SECOND_LEVEL_TITLES['all-services'],
      'Vivere il Comune': SECOND_LEVEL_TITLES.live,
    };
    for (const [label, titles] of Object.entries(expected)) {
      const button = screen.getByRole('button', { name: `Sottomenu ${label}` });
      await user.click(button);
      const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
      const links = within(panel).getAllByRole('link');
      const entries = links.slice(0, -1).map((a) => a.textContent!.toLowerCase());
      entries.forEach((e) => expect(titles).toContain(e));
      expect(entries.length).toBe(label === 'Servizi' ? 15 : titles.length);
      links.forEach((a) => expect(a).not.toHaveAttribute('data-element'));
    }
  });

  test('"Vedi tutto" links have distinct accessible names', async () => {
    const user = userEvent.setup();
    renderPiazza(examples.default.render());
    const names: string[] = [];
    for (const button of screen.getAllByRole('button', { name: /^Sottomenu / })) {
      await user.click(button);
      names.push(screen.getByRole('link', { name: /^Vedi tutto/ }).textContent!);
    }
    expect(names).toEqual([
      'Vedi tutto Amministrazione',
      'Vedi tutto Novità',
      'Vedi tutto Servizi',
      'Vedi tutto Vivere il Comune',
    ]);
  });

  test('Enter and Space toggle; Escape closes and returns focus; Tab moves on into the panel', async () => {
    const user = userEvent.setup();
    renderPiazza(examples.default.render());
    const button = screen.getByRole('button', { name: 'Sottomenu Novità' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button.closest('li')).toHaveAttribute('data-open', 'true');
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard(' ');
    await user.tab();
    expect(document.activeElement).toHaveTextContent('Notizie');
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  test('one megamenu at a time; a click outside or focus leaving the menu closes it', async () => {
    const user = userEvent.setup();
    renderInPage();
    const a = screen.getByRole('button', { name: 'Sottomenu Amministrazione' });
    const b = screen.getByRole('button', { name: 'Sottomenu Servizi' });
    await user.click(a);
    await user.click(b);
    expect(a).toHaveAttribute('aria-expanded', 'false');
    expect(b).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByText('Dopo'));
    expect(b).toHaveAttribute('aria-expanded', 'false');
    await user.click(b);
    act(() => screen.getByRole('link', { name: 'Tutti gli argomenti' }).focus());
    expect(b).toHaveAttribute('aria-expanded', 'false');
  });
  test('Tab from the last link of an open megamenu to the next first-level item closes it (APG disclosure navigation)', async () => {
    const user = userEvent.setup();
    renderInPage();
    const button = screen.getByRole('button', { name: 'Sottomenu Amministrazione' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    const links = within(panel).getAllByRole('link');
    act(() => links.at(-1)!.focus());
    await user.tab();
    // Focus is on the sibling item "Novità": the megamenu it left is closed.
    expect(document.activeElement).toHaveAttribute('data-element', 'news');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
    // Shift+Tab back onto the button does not reopen it.
    await user.tab({ shift: true });
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('HeaderNavbar: off-canvas dialog on small screens (APG dialog)', () => {
  test('closed by default, also on the server: no dialog role', () => {
    const html = renderToString(examples.default.render());
    expect(html).not.toContain('role="dialog"');
    expect(html).toContain('aria-expanded="false"');
    renderPiazza(examples.default.render());
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('the toggler opens a labelled modal dialog holding the same (only) list', async () => {
    const user = userEvent.setup();
    const { container } = renderInPage();
    const toggler = screen.getByRole('button', { name: 'Apri il menu' });
    expect(toggler).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggler);
    const dialog = screen.getByRole('dialog', { name: 'Menu principale' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog.id).toBe(toggler.getAttribute('aria-controls'));
    expect(toggler).toHaveAttribute('aria-expanded', 'true');
    expect(dialog.querySelector('ul[data-element="main-navigation"]')).not.toBeNull();
    expect(container.querySelectorAll(firstLevelSelector)).toHaveLength(4);
    expect(container.querySelector('[data-menu-open="true"]')).not.toBeNull();
    // Focus moved in, on the close button.
    expect(screen.getByRole('button', { name: 'Chiudi il menu' })).toHaveFocus();
  });

  test('focus is trapped: Tab from the last element wraps to the first, Shift+Tab back', async () => {
    const user = userEvent.setup();
    renderInPage();
    await user.click(screen.getByRole('button', { name: 'Apri il menu' }));
    const close = screen.getByRole('button', { name: 'Chiudi il menu' });
    const last = screen.getByRole('link', { name: 'Tutti gli argomenti' });
    last.focus();
    await user.tab();
    expect(close).toHaveFocus();
    await user.tab({ shift: true });
    expect(last).toHaveFocus();
  });

  test('the rest of the page is inert while open, and no longer after', async () => {
    const user = userEvent.setup();
    renderInPage();
    const before = screen.getByText('Prima');
    const main = screen.getByRole('main');
    const toggler = screen.getByRole('button', { name: 'Apri il menu' });
    await user.click(toggler);
    expect(before).toHaveAttribute('inert');
    expect(main).toHaveAttribute('inert');
    expect(toggler).toHaveAttribute('inert');
    expect(screen.getByRole('dialog').closest('[inert]')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Chiudi il menu' }));
    expect(before).not.toHaveAttribute('inert');
    expect(main).not.toHaveAttribute('inert');
    expect(document.querySelectorAll('[inert]')).toHaveLength(0);
  });

  test('Escape closes and returns focus to the toggler; the close button too', async () => {
    const user = userEvent.setup();
    renderInPage();
    const toggler = screen.getByRole('button', { name: 'Apri il menu' });
    await user.click(toggler);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(toggler).toHaveAttribute('aria-expanded', 'false');
    expect(toggler).toHaveFocus();
    await user.click(toggler);
    await user.click(screen.getByRole('button', { name: 'Chiudi il menu' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(toggler).toHaveFocus();
  });

  test('Escape in an open megamenu inside the dialog closes the megamenu only', async () => {
    const user = userEvent.setup();
    renderInPage();
    await user.click(screen.getByRole('button', { name: 'Apri il menu' }));
    const sub = screen.getByRole('button', { name: 'Sottomenu Servizi' });
    await user.click(sub);
    await user.keyboard('{Escape}');
    expect(sub).toHaveAttribute('aria-expanded', 'false');
    expect(sub).toHaveFocus();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
