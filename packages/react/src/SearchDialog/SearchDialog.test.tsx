import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { renderPiazza } from '../test-utils/render.js';
import { SearchDialog } from './SearchDialog.js';
import { examples } from './SearchDialog.examples.js';

describe('SearchDialog', () => {
  test('closed, it renders nothing (also on the server)', () => {
    expect(renderToString(<SearchDialog open={false} onClose={() => {}} />)).toBe('');
    renderPiazza(examples.default.render());
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('a labelled modal dialog with a labelled search field submitting to the action', () => {
    renderPiazza(<SearchDialog open onClose={() => {}} action="/cerca/" name="testo" />);
    const dialog = screen.getByRole('dialog', { name: 'Cerca nel sito' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    const field = screen.getByRole('searchbox', { name: 'Cerca contenuti, notizie e servizi' });
    expect(field).toHaveAttribute('name', 'testo');
    const form = screen.getByRole('search');
    expect(form).toHaveAttribute('action', '/cerca/');
    expect(form).toHaveAttribute('method', 'get');
    expect(screen.getByRole('button', { name: 'Cerca' })).toHaveAttribute('type', 'submit');
  });

  test('focus moves to the field, Tab is trapped, Escape closes and focus returns', async () => {
    const user = userEvent.setup();
    renderPiazza(
      <>
        {examples.default.render()}
        <a href="#x">Fuori</a>
      </>,
    );
    const opener = screen.getByRole('button', { name: 'Cerca nel sito' });
    await user.click(opener);
    const field = screen.getByRole('searchbox');
    expect(field).toHaveFocus();
    expect(screen.getByText('Fuori')).toHaveAttribute('inert');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cerca' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Chiudi la ricerca' })).toHaveFocus();
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Chiudi la ricerca' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
    expect(screen.getByText('Fuori')).not.toHaveAttribute('inert');
  });

  test('the close button calls onClose; English texts', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    renderPiazza(<SearchDialog open onClose={onClose} />, { locale: 'en' });
    await user.click(screen.getByRole('button', { name: 'Close the search' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('dialog', { name: 'Search the site' })).toBeInTheDocument();
  });
});
