import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { Textarea } from './Textarea.js';
import { examples } from './Textarea.examples.js';

describe('Textarea', () => {
  test('the counter shows the characters left and is part of the description', () => {
    renderPiazza(examples.counter.render());
    const box = screen.getByRole('textbox', { name: 'Dettagli' });
    const left = 200 - 'Rinnovo della carta d’identità scaduta.'.length;
    expect(box).toHaveAttribute('maxlength', '200');
    expect(box).toHaveAccessibleDescription(
      `Descrivi brevemente di cosa hai bisogno. Ancora ${left} caratteri disponibili`,
    );
    expect(box.closest('[data-remaining]')).toHaveAttribute('data-remaining', String(left));
  });

  test('typing updates the counter; the live region speaks once typing pauses', async () => {
    const user = userEvent.setup();
    renderPiazza(<Textarea label="Note" maxLength={10} />);
    const box = screen.getByRole('textbox', { name: 'Note' });
    const live = document.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('');
    await user.type(box, 'abcdefghi');
    expect(screen.getByText('Ancora 1 carattere disponibile')).toBeInTheDocument();
    await waitFor(() => expect(live.textContent).toBe('Ancora 1 carattere disponibile'), {
      timeout: 2000,
    });
    await user.type(box, 'xyz');
    expect(box).toHaveValue('abcdefghix');
    expect(screen.getByText('Ancora 0 caratteri disponibili')).toBeInTheDocument();
  });

  test('an error is tied; English counter', () => {
    const { unmount } = renderPiazza(examples.error.render());
    const box = screen.getByRole('textbox', { name: 'Descrizione del disservizio' });
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('Errore: Inserisci la descrizione del disservizio');
    unmount();
    renderPiazza(<Textarea label="Notes" maxLength={5} value="ab" onChange={() => {}} />, {
      locale: 'en',
    });
    expect(screen.getByText('3 characters remaining')).toBeInTheDocument();
  });
});
