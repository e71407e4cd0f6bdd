import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { RequiredFieldsNote } from '../Field/Field.js';
import { TextField } from './TextField.js';
import { examples } from './TextField.examples.js';

describe('TextField', () => {
  test('a visible label names the input; required shows an asterisk hidden from assistive tech', () => {
    renderPiazza(examples.default.render());
    const input = screen.getByRole('textbox', { name: 'Nome' });
    expect(input).toBeRequired();
    expect(input).toHaveAttribute('type', 'text');
    const star = screen.getByText('*', { exact: false, selector: 'span' });
    expect(star).toHaveAttribute('aria-hidden', 'true');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  test('the hint is tied with aria-describedby', () => {
    renderPiazza(examples.hint.render());
    const input = screen.getByRole('textbox', { name: 'Codice fiscale' });
    expect(input).toHaveAccessibleDescription('16 caratteri, come sulla tessera sanitaria');
  });

  test('an error sets aria-invalid and is read as the description, prefixed "Errore:"', () => {
    renderPiazza(examples.error.render());
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveClass('is-invalid');
    expect(input).toHaveAccessibleDescription(
      'Errore: Inserisci un indirizzo email valido, ad esempio nome@esempio.it',
    );
    expect(input.closest('.form-group')).toHaveAttribute('data-invalid', 'true');
  });

  test('types map to the input type and the keyboard types into it', async () => {
    const user = userEvent.setup();
    renderPiazza(examples.types.render());
    expect(screen.getByRole('textbox', { name: 'Telefono' })).toHaveAttribute('type', 'tel');
    const n = screen.getByRole('spinbutton', { name: 'Componenti del nucleo familiare' });
    expect(n).toHaveAttribute('type', 'number');
    expect(screen.getByLabelText('Data di nascita')).toHaveAttribute('type', 'date');
    await user.click(screen.getByRole('textbox', { name: 'Telefono' }));
    await user.keyboard('333 1234567');
    expect(screen.getByRole('textbox', { name: 'Telefono' })).toHaveValue('333 1234567');
  });

  test('the required line, in Italian and English', () => {
    const { unmount } = renderPiazza(<RequiredFieldsNote />);
    expect(
      screen.getByText('I campi contraddistinti dal simbolo asterisco sono obbligatori'),
    ).toBeInTheDocument();
    unmount();
    renderPiazza(<RequiredFieldsNote />, { locale: 'en' });
    expect(screen.getByText('Fields marked with an asterisk are required')).toBeInTheDocument();
  });

  test('English error prefix; ref forwarded; className on the wrapper', () => {
    const ref = { current: null as HTMLInputElement | null };
    renderPiazza(<TextField ref={ref} label="Name" className="mb-5" error="Enter your name" />, {
      locale: 'en',
    });
    expect(ref.current?.tagName).toBe('INPUT');
    expect(ref.current?.parentElement).toHaveClass('form-group', 'mb-5');
    expect(ref.current).toHaveAccessibleDescription('Error: Enter your name');
  });

  test('a bad type fails naming the prop', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderPiazza(<TextField label="x" type={'password' as 'text'} />)).toThrow(
      /<TextField>: prop "type"/,
    );
    spy.mockRestore();
  });
});
