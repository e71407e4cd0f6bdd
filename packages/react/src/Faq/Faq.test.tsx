import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { examples } from './Faq.examples.js';

describe('Faq', () => {
  beforeAll(() => {
    document.head.insertAdjacentHTML(
      'beforeend',
      '<style>.collapse:not(.show){display:none}</style>',
    );
  });

  test('each question is a heading holding a button that controls its region', () => {
    renderPiazza(examples.default.render());
    const headings = screen.getAllByRole('heading', { level: 3 });
    expect(headings).toHaveLength(3);
    const button = screen.getByRole('button', { name: 'Quanto costa la carta d’identità?' });
    expect(headings[1]).toContainElement(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel).not.toBeVisible();
    expect(panel).toHaveAttribute('aria-labelledby', headings[1]!.id);
  });

  test('Enter and Space toggle; the region is named by its question', async () => {
    const user = userEvent.setup();
    renderPiazza(examples.default.render());
    const button = screen.getByRole('button', { name: 'Come pago la TARI?' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('region', { name: 'Come pago la TARI?' })).toHaveTextContent(
      'avviso pagoPA',
    );
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region', { name: 'Come pago la TARI?' })).toBeNull();
  });

  test('Up, Down, Home, End move between questions, wrapping', async () => {
    const user = userEvent.setup();
    renderPiazza(examples.default.render());
    const buttons = screen.getAllByRole('button');
    buttons[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(buttons[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(buttons[2]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(buttons[0]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(buttons[2]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(buttons[0]).toHaveFocus();
  });

  test('search filters questions and answers (accents ignored); says when nothing matches', async () => {
    const user = userEvent.setup();
    renderPiazza(examples.default.render());
    const search = screen.getByRole('searchbox', { name: 'Cerca tra le domande frequenti' });
    await user.type(search, 'IDENTITA');
    expect(screen.getAllByRole('button')).toHaveLength(2);
    expect(screen.getByRole('status')).toHaveTextContent('2 domande trovate');
    await user.clear(search);
    await user.type(search, 'pagopa');
    expect(screen.getByRole('button')).toHaveAccessibleName('Come pago la TARI?');
    await user.type(search, ' zzz');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent('Nessun risultato per la ricerca.');
  });

  test('defaultOpen, no search, heading level; English texts', () => {
    renderPiazza(examples.open.render());
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(3);
    expect(
      screen.getByRole('button', { name: 'Quanto costa la carta d’identità?' }),
    ).toHaveAttribute('aria-expanded', 'true');
    renderPiazza(examples.default.render(), { locale: 'en' });
    expect(
      screen.getByRole('searchbox', { name: 'Search the frequently asked questions' }),
    ).toBeInTheDocument();
  });

  test('variant details: native disclosure per question, with its id; no search, no button', async () => {
    const user = userEvent.setup();
    const { container } = renderPiazza(examples.details.render());
    const details = Array.from(container.querySelectorAll('details'));
    expect(details.map((d) => d.id)).toEqual(['domanda-1', 'domanda-2', 'domanda-3']);
    expect(details.map((d) => d.open)).toEqual([true, false, false]);
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    await user.click(screen.getByText('Come pago la TARI?'));
    expect(details[2]!.open).toBe(true);
  });
});
