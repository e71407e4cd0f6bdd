import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { Select } from './Select.js';
import { examples } from './Select.examples.js';

describe('Select', () => {
  test('a labelled native select with an empty first option', () => {
    renderPiazza(examples.default.render());
    const select = screen.getByRole('combobox', { name: 'Tipo di ufficio' });
    expect(select).toBeRequired();
    const options = within(select).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Seleziona un’opzione',
      'Anagrafe e stato civile',
      'Tributi',
      'Edilizia e urbanistica',
    ]);
    expect(select).toHaveValue('');
    expect(select.closest('div')).toHaveClass('select-wrapper');
  });

  test('chosen with the keyboard; onChange receives the value', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderPiazza(
      <Select
        label="Mese"
        options={[
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ]}
        placeholder={false}
        onChange={(e) => onChange(e.target.value)}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Mese' });
    await user.selectOptions(select, 'b');
    expect(onChange).toHaveBeenCalledWith('b');
    expect(within(select).queryByText('Seleziona un’opzione')).toBeNull();
  });

  test('error and hint tied to the select', () => {
    renderPiazza(examples.error.render());
    const select = screen.getByRole('combobox', { name: 'Tipo di ufficio' });
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription(
      'Scegli l’area che segue la tua pratica. Errore: Seleziona il tipo di ufficio',
    );
  });

  test('English placeholder; bad options fail naming the prop', () => {
    renderPiazza(<Select label="Month" options={[]} />, { locale: 'en' });
    expect(screen.getByRole('option', { name: 'Select an option' })).toBeInTheDocument();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderPiazza(<Select label="x" options={null as never} />)).toThrow(
      /<Select>: prop "options"/,
    );
    spy.mockRestore();
  });
});
