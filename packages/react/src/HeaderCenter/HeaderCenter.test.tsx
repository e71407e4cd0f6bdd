import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { HeaderCenter } from './HeaderCenter.js';
import { examples } from './HeaderCenter.examples.js';

describe('HeaderCenter', () => {
  test('the brand links home with the comune name and tagline', () => {
    renderPiazza(examples.default.render());
    const home = screen.getByRole('link', { name: /Comune di Esempio/ });
    expect(home).toHaveAttribute('href', '/');
    expect(home).toHaveTextContent('Un comune da vivere');
  });

  test('social links ("Seguici su") are named by their channel', () => {
    renderPiazza(examples.default.render());
    expect(screen.getByText('Seguici su')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Canali social' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.getAttribute('aria-label')),
    ).toEqual(['Facebook', 'Instagram']);
  });

  test('the search button opens the search dialog; Escape closes it and focus returns', async () => {
    const user = userEvent.setup();
    const { container } = renderPiazza(examples.default.render());
    const button = screen.getByRole('button', { name: 'Cerca nel sito' });
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(button);
    expect(screen.getByRole('dialog', { name: 'Cerca nel sito' })).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-search-open', 'true');
    expect(screen.getByRole('searchbox')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });

  test('search={false}: no search button; an empty name throws', () => {
    renderPiazza(examples.minimal.render());
    expect(screen.queryByRole('button')).toBeNull();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderPiazza(<HeaderCenter name=" " />)).toThrow(/<HeaderCenter>: prop "name"/);
    spy.mockRestore();
  });

  test('English texts, ref and className', () => {
    const ref = { current: null as HTMLDivElement | null };
    renderPiazza(<HeaderCenter ref={ref} className="x" name="Comune di Esempio" />, {
      locale: 'en',
    });
    expect(screen.getByRole('button', { name: 'Search the site' })).toBeInTheDocument();
    expect(ref.current).toHaveClass('it-header-center-wrapper', 'x');
  });
});
