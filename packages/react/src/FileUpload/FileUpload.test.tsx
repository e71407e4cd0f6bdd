import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { FileUpload, formatBytes } from './FileUpload.js';
import { examples } from './FileUpload.examples.js';

const pdf = (name: string, size = 1000) =>
  new File(['x'.repeat(size)], name, { type: 'application/pdf' });

describe('FileUpload', () => {
  test('a labelled file input with the limits in its description', () => {
    renderPiazza(examples.default.render());
    const input = screen.getByLabelText(/Carica il documento d’identità/);
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', '.pdf, .jpg, .png');
    expect(input).toHaveAccessibleDescription(
      'Formati ammessi: .pdf, .jpg, .png. Dimensione massima: 5 MB.',
    );
  });

  test('chosen files are listed with a "Rimuovi {name}" button; removal returns focus', async () => {
    const user = userEvent.setup();
    const onFilesChange = vi.fn();
    renderPiazza(<FileUpload label="Allegati" multiple onFilesChange={onFilesChange} />);
    const input = screen.getByLabelText('Allegati');
    await user.upload(input, [pdf('carta.pdf', 2048), pdf('delega.pdf')]);
    const list = screen.getByRole('list', { name: 'File selezionati' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getByText('(2 KB)')).toBeInTheDocument();
    expect(screen.getByText('File aggiunto: carta.pdf, delega.pdf')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Rimuovi carta.pdf' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(input).toHaveFocus();
    expect(onFilesChange).toHaveBeenLastCalledWith([
      expect.objectContaining({ name: 'delega.pdf' }),
    ]);
    expect(screen.getByText('File rimosso: carta.pdf')).toBeInTheDocument();
  });

  test('a wrong type or a file too large is refused with an error tied to the input', async () => {
    const user = userEvent.setup({ applyAccept: false });
    renderPiazza(<FileUpload label="Planimetria" accept={['.pdf']} maxSize={1024} />);
    const input = screen.getByLabelText('Planimetria');
    await user.upload(input, new File(['x'], 'foto.png', { type: 'image/png' }));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      'Formati ammessi: .pdf. Dimensione massima: 1 KB. Errore: Il file non è stato aggiunto: foto.png, tipo non ammesso.',
    );
    await user.upload(input, pdf('grande.pdf', 4096));
    expect(
      screen.getByText(
        'Il file non è stato aggiunto: grande.pdf, supera la dimensione massima (1 KB).',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
    await user.upload(input, pdf('ok.pdf', 10));
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('list')).toHaveTextContent('ok.pdf');
  });

  test('without multiple, a new choice replaces the file', async () => {
    const user = userEvent.setup();
    renderPiazza(<FileUpload label="Allegato" />);
    const input = screen.getByLabelText('Allegato');
    await user.upload(input, pdf('a.pdf'));
    await user.upload(input, pdf('b.pdf'));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('list')).toHaveTextContent('b.pdf');
    expect(input.closest('[data-count]')).toHaveAttribute('data-count', '1');
  });

  test('formatBytes', () => {
    expect(formatBytes(500)).toBe('500 B');
    expect(formatBytes(1536)).toBe('1,5 KB');
    expect(formatBytes(5 * 1024 * 1024, 'en')).toBe('5 MB');
  });
});
