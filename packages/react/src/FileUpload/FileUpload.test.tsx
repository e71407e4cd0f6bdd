import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import userEvent from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { FileUpload, formatBytes } from './index.js';
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
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('carta.pdf 2 KB');
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
      'Formati ammessi: .pdf. Dimensione massima: 1 KB. Errore: File non aggiunto: foto.png. Formati ammessi: .pdf.',
    );
    await user.upload(input, pdf('grande.pdf', 4096));
    expect(input).toHaveAccessibleDescription(
      'Formati ammessi: .pdf. Dimensione massima: 1 KB. Errore: File non aggiunto: grande.pdf. Dimensione massima: 1 KB.',
    );
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
  });

  test('MIME types, "image/*" and extensions in any case; a mixed choice adds the good files', async () => {
    const user = userEvent.setup({ applyAccept: false });
    renderPiazza(
      <FileUpload label="Foto" multiple accept={['image/*', 'application/pdf', '.odt']} />,
    );
    const input = screen.getByLabelText('Foto');
    await user.upload(input, [
      new File(['x'], 'FOTO.JPG', { type: 'image/jpeg' }),
      pdf('modulo.pdf'),
      new File(['x'], 'Lettera.ODT', { type: '' }),
      new File(['x'], 'note.txt', { type: 'text/plain' }),
    ]);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(
      screen.getByText('File aggiunto: FOTO.JPG, modulo.pdf, Lettera.ODT'),
    ).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      'Formati ammessi: image/*, application/pdf, .odt. Errore: File non aggiunto: note.txt. Formati ammessi: image/*, application/pdf, .odt.',
    );
  });

  test('in English, with the sizes in the page language', async () => {
    const user = userEvent.setup();
    renderPiazza(<FileUpload label="Attachment" maxSize={1536 * 1024} />, { locale: 'en' });
    const input = screen.getByLabelText('Attachment');
    expect(input).toHaveAccessibleDescription('Maximum size: 1.5 MB.');
    await user.upload(input, pdf('big.pdf', 2 * 1024 * 1024));
    expect(input).toHaveAccessibleDescription(
      'Maximum size: 1.5 MB. Error: File not added: big.pdf. Maximum size: 1.5 MB.',
    );
    await user.upload(input, pdf('small.pdf', 1536));
    expect(screen.getByRole('list', { name: 'Selected files' })).toHaveTextContent(
      'small.pdf 1.5 KB',
    );
    expect(screen.getByRole('button', { name: 'Remove small.pdf' })).toBeInTheDocument();
    expect(screen.getByText('File added: small.pdf')).toBeInTheDocument();
  });

  test('required: a marked label, the required attribute until a file is chosen; an error prop', async () => {
    const user = userEvent.setup();
    renderPiazza(<FileUpload label="Delega" required error="Carica la delega" />);
    const input = screen.getByLabelText(/Delega/);
    expect(screen.getByText('*')).toHaveAttribute('aria-hidden', 'true');
    expect(input).toBeRequired();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Errore: Carica la delega');
    await user.upload(input, pdf('delega.pdf'));
    expect(input).not.toBeRequired();
  });

  test('controlled: the list follows `files`; choices and removals go through onFilesChange', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [files, setFiles] = useState<File[]>([pdf('esistente.pdf')]);
      return <FileUpload label="Allegati" multiple files={files} onFilesChange={setFiles} />;
    }
    renderPiazza(<Controlled />);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    await user.upload(screen.getByLabelText('Allegati'), pdf('nuovo.pdf'));
    expect(screen.getByRole('list')).toHaveTextContent(/esistente\.pdf.*nuovo\.pdf/);
    await user.click(screen.getByRole('button', { name: 'Rimuovi esistente.pdf' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByLabelText('Allegati')).toHaveFocus();
    // A fixed `files` wins over the choices.
    const onFilesChange = vi.fn();
    renderPiazza(<FileUpload label="Fisso" files={[]} onFilesChange={onFilesChange} />);
    await user.upload(screen.getByLabelText('Fisso'), pdf('x.pdf'));
    expect(onFilesChange).toHaveBeenCalledWith([expect.objectContaining({ name: 'x.pdf' })]);
    // nothing listed: the parent did not take the file
    expect(
      screen.getByLabelText('Fisso').parentElement?.querySelector('.upload-file-list'),
    ).toBeNull();
  });

  test('formatBytes', () => {
    expect(formatBytes(500)).toBe('500 B');
    expect(formatBytes(1536)).toBe('1,5 KB');
    expect(formatBytes(5 * 1024 * 1024, 'en')).toBe('5 MB');
    expect(formatBytes(1258291, 'en')).toBe('1.2 MB');
    expect(formatBytes(3 * 1024 ** 4)).toBe('3072 GB');
  });
});
