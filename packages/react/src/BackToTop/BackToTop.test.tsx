import { act, fireEvent, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { BackToTop } from './BackToTop.js';

describe('BackToTop', () => {
  beforeEach(() => {
    window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  });

  test('a link named "Torna su" to #top, shown only past the threshold', () => {
    renderPiazza(<BackToTop threshold={400} />);
    const link = screen.getByRole('link', { name: 'Torna su' });
    expect(link).toHaveAttribute('href', '#top');
    expect(link).not.toHaveClass('back-to-top-show');
    act(() => {
      Object.defineProperty(window, 'scrollY', { value: 800, configurable: true });
      fireEvent.scroll(window);
    });
    expect(link).toHaveClass('back-to-top-show');
    expect(link).toHaveAttribute('data-visible', 'true');
    act(() => {
      Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
      fireEvent.scroll(window);
    });
    expect(link).not.toHaveAttribute('data-visible');
  });

  test('activating it scrolls to the top and moves focus to the target', async () => {
    const user = userEvent.setup();
    renderPiazza(
      <div id="top">
        <BackToTop threshold={-1} />
      </div>,
    );
    const link = screen.getByRole('link', { name: 'Torna su' });
    link.focus();
    await user.keyboard('{Enter}');
    expect(window.scrollTo).toHaveBeenCalledWith(expect.objectContaining({ top: 0 }));
    const top = document.getElementById('top')!;
    expect(top).toHaveFocus();
    expect(top).toHaveAttribute('tabindex', '-1');
  });

  test('English name, custom target', () => {
    renderPiazza(<BackToTop targetId="inizio" />, { locale: 'en' });
    expect(screen.getByRole('link', { name: 'Back to top' })).toHaveAttribute('href', '#inizio');
  });
});
