import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { CheckboxGroup } from './Checkbox.js';
import { examples } from './Checkbox.examples.js';

describe('Checkbox and CheckboxGroup', () => {
  test('a labelled checkbox with its hint, toggled with Space', async () => {
    const user = userEvent.setup();
    renderPiazza(examples.single.render());
    const box = screen.getByRole('checkbox', { name: 'Voglio ricevere un promemoria via SMS' });
    expect(box).toHaveAccessibleDescription('Il giorno prima dell’appuntamento.');
    await user.tab();
    expect(box).toHaveFocus();
    await user.keyboard(' ');
    expect(box).toBeChecked();
  });

  test('required with an error', () => {
    renderPiazza(examples.error.render());
    const box = screen.getByRole('checkbox', {
      name: 'Ho letto e compreso l’informativa sulla privacy',
    });
    expect(box).toBeRequired();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(
      'Errore: Per proseguire conferma di aver letto l’informativa sulla privacy',
    );
  });

  test('a group: fieldset with legend, values reported in option order', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderPiazza(
      <CheckboxGroup
        label="Canali"
        defaultValue={['sms']}
        onValueChange={onValueChange}
        options={[
          { value: 'email', label: 'Email' },
          { value: 'sms', label: 'SMS' },
        ]}
      />,
    );
    expect(screen.getByRole('group', { name: 'Canali' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Email' }));
    expect(onValueChange).toHaveBeenLastCalledWith(['email', 'sms']);
    await user.click(screen.getByRole('checkbox', { name: 'SMS' }));
    expect(onValueChange).toHaveBeenLastCalledWith(['email']);
  });

  test('group example: hint of an option tied to it', () => {
    renderPiazza(examples.group.render());
    expect(
      screen.getByRole('group', { name: 'Come vuoi essere avvisato?' }),
    ).toHaveAccessibleDescription('Scegli uno o più canali.');
    expect(screen.getByRole('checkbox', { name: 'App IO' })).toHaveAccessibleDescription(
      'Serve l’app IO con lo SPID o la CIE.',
    );
    expect(screen.getByRole('checkbox', { name: 'Email' })).toBeChecked();
  });

  test('no options fails naming the prop', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderPiazza(<CheckboxGroup label="x" options={[]} />)).toThrow(
      /<CheckboxGroup>: prop "options"/,
    );
    spy.mockRestore();
  });
});
