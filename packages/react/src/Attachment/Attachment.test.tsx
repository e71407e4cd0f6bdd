import { screen } from '@testing-library/react';
import { renderPiazza } from '../test-utils/render.js';
import { Attachment, formatFileSize } from './index.js';
import { examples } from './Attachment.examples.js';

describe('Attachment', () => {
  test('the accessible name holds title, file type and size; service-file on the link', () => {
    renderPiazza(examples.serviceFile.render());
    const link = screen.getByRole('link', {
      name: 'Termini e condizioni di servizio (PDF, 1,2 MB)',
    });
    expect(link).toHaveAttribute('data-element', 'service-file');
    expect(link).toHaveAttribute('href', '/documenti/condizioni-cie.pdf');
    expect(link).not.toHaveAttribute('download');
  });

  test('a written size is kept; download attribute; English number format', () => {
    renderPiazza(examples.written.render());
    const link = screen.getByRole('link', { name: 'Modulo di richiesta (ODT, 350 KB)' });
    expect(link).toHaveAttribute('download');
    expect(link).not.toHaveAttribute('data-element');
    expect(formatFileSize(1258291, 'en')).toBe('1.2 MB');
    expect(formatFileSize(512, 'it')).toBe('512 B');
  });

  test('a missing format throws naming the prop', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderPiazza(<Attachment title="A" href="/a.pdf" format="" />)).toThrow(
      /<Attachment>: prop "format"/,
    );
    spy.mockRestore();
  });
});
