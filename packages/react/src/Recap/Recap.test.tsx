import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { Recap } from './Recap.js';
import { examples } from './Recap.examples.js';

describe('Recap', () => {
  test('every value, grouped under a heading per step', () => {
    renderPiazza(examples.default.render());
    const headings = screen.getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual(['Luogo', 'Data e orario', 'Richiedente']);
    const terms = screen.getAllByRole('term').map((t) => t.textContent);
    expect(terms).toContain('Ufficio');
    expect(screen.getByText('Ufficio Anagrafe – Sede municipale').tagName).toBe('DD');
    expect(screen.getByText('Non indicato')).toBeInTheDocument();
  });

  test('each group has a "Modifica {group}" control with a distinct accessible name', async () => {
    const user = userEvent.setup();
    const onEdit = vi.fn();
    renderPiazza(
      <Recap
        groups={[
          { title: 'Luogo', onEdit, items: [{ label: 'Ufficio', value: 'URP' }] },
          {
            title: 'Richiedente',
            editHref: '/richiedente/',
            items: [{ label: 'Nome', value: 'Ada' }],
          },
        ]}
      />,
    );
    const button = screen.getByRole('button', { name: 'Modifica Luogo' });
    expect(screen.getByRole('link', { name: 'Modifica Richiedente' })).toHaveAttribute(
      'href',
      '/richiedente/',
    );
    button.focus();
    await user.keyboard('{Enter}');
    expect(onEdit).toHaveBeenCalledTimes(1);
  });

  test('sending requires the privacy confirmation: error and focus, then onSubmit', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    renderPiazza(
      <Recap
        privacyHref="/privacy/"
        onSubmit={onSubmit}
        groups={[{ title: 'Luogo', items: [] }]}
      />,
    );
    expect(screen.getByRole('link', { name: 'informativa sulla privacy' })).toHaveAttribute(
      'href',
      '/privacy/',
    );
    await user.click(screen.getByRole('button', { name: 'Invia' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const check = screen.getByRole('checkbox', {
      name: 'Ho letto e compreso l’informativa sulla privacy',
    });
    expect(check).toHaveFocus();
    expect(check).toHaveAccessibleDescription(
      'Errore: Per inviare la richiesta conferma di aver letto l’informativa sulla privacy',
    );
    await user.keyboard(' ');
    await user.click(screen.getByRole('button', { name: 'Invia' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  test('custom actions replace the default button; English', () => {
    renderPiazza(
      <Recap
        groups={[{ title: 'Place', onEdit: () => {}, items: [{ label: 'Office', value: '' }] }]}
        actions={<button type="submit">Go</button>}
      />,
      { locale: 'en' },
    );
    expect(screen.getByRole('button', { name: 'Change Place' })).toBeInTheDocument();
    expect(screen.getByText('Not given')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    expect(
      within(screen.getByRole('button', { name: 'Go' }).closest('form')!).getByText('Office'),
    ).toBeInTheDocument();
  });
});
