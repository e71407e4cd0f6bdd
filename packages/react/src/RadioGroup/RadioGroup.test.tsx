import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderPiazza } from '../test-utils/render.js';
import { RadioGroup } from './RadioGroup.js';
import { examples } from './RadioGroup.examples.js';

function Controlled({ onValue }: { onValue: (v: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <RadioGroup
      label="Ufficio"
      options={[
        { value: 'a', label: 'Sede municipale' },
        { value: 'b', label: 'Borgo San Rocco' },
        { value: 'c', label: 'URP' },
      ]}
      value={value}
      onValueChange={(v) => {
        setValue(v);
        onValue(v);
      }}
    />
  );
}

describe('RadioGroup', () => {
  test('a radiogroup named by its visible label; each option a labelled radio with its hint', () => {
    renderPiazza(examples.default.render());
    const group = screen.getByRole('radiogroup', { name: 'Ufficio' });
    expect(screen.getByText('Ufficio', { selector: 'p' })).toHaveAttribute(
      'id',
      group.getAttribute('aria-labelledby'),
    );
    expect(group).toHaveAttribute('aria-required', 'true');
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(2);
    expect(
      screen.getByRole('radio', { name: 'Ufficio Anagrafe – Sede municipale' }),
    ).toHaveAccessibleDescription('Piazza del Municipio 1, 00100 Esempio');
    expect(radios[0]).toBeRequired();
  });

  test('arrow keys move and choose; Tab enters on the chosen radio', async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    renderPiazza(<Controlled onValue={onValue} />);
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Sede municipale' })).toHaveFocus();
    await user.keyboard(' ');
    expect(onValue).toHaveBeenLastCalledWith('a');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Borgo San Rocco' })).toBeChecked();
    expect(onValue).toHaveBeenLastCalledWith('b');
  });

  test('an error is tied to the group, which is aria-invalid', () => {
    renderPiazza(examples.error.render());
    const group = screen.getByRole('radiogroup', { name: 'Ufficio' });
    expect(group).toHaveAccessibleDescription('Errore: Seleziona l’ufficio');
    expect(group).toHaveAttribute('data-invalid', 'true');
    expect(group).toHaveAttribute('aria-invalid', 'true');
  });

  test('the first radio carries the id (target of the error summary); uncontrolled default', () => {
    renderPiazza(
      <RadioGroup
        id="scelta"
        label="Sì o no"
        defaultValue="no"
        options={[
          { value: 'si', label: 'Sì' },
          { value: 'no', label: 'No' },
        ]}
      />,
    );
    expect(screen.getByRole('radio', { name: 'Sì' })).toHaveAttribute('id', 'scelta');
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
  });

  test('no options fails naming the prop', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderPiazza(<RadioGroup label="x" options={[]} />)).toThrow(
      /<RadioGroup>: prop "options"/,
    );
    spy.mockRestore();
  });
});
