// @vitest-environment node
// The image field: alternative text or an explicit decorative flag, focal point, file type; every
// problem names the file and the field.
import { formatIssue, validateContent } from './index.js';
import type { RawContent } from './index.js';

const site = {
  name: 'Comune di Prova',
  baseUrl: 'https://www.comune.prova.it',
  description: 'Sito di prova per la validazione.',
  region: { label: 'Regione Prova', url: 'https://www.regione.prova.it' },
  primaryColor: '#0066CC',
  contacts: {
    address: 'Piazza Grande 1, Prova',
    phone: '+39 0123 000000',
    pec: 'comune@pec.prova.it',
    email: 'info@prova.it',
    codiceFiscale: '00000000001',
  },
  legal: {
    privacyUrl: '/privacy/',
    accessibilityUrl: 'https://form.agid.gov.it/view/x',
    legalNotesUrl: '/note-legali/',
  },
};

const notizia = {
  slug: 'n1',
  title: 'Una notizia',
  type: 'notizia',
  date: '2026-03-01',
  summary: 'Il riassunto.',
  body: 'Testo.',
  topics: ['Anagrafe'],
};

const raw = (image: unknown, logo?: unknown): RawContent => ({
  site: { file: 'site.yml', data: { ...site, ...(logo === undefined ? {} : { logo }) } },
  collections: {
    notizie: [{ file: 'notizie/n1.md', data: { ...notizia, image } }],
    pagine: [
      { file: 'p1', data: { slug: 'privacy', title: 'Privacy', body: 'Testo.' } },
      { file: 'p2', data: { slug: 'note-legali', title: 'Note legali', body: 'Testo.' } },
    ],
  },
});

const check = (image: unknown, logo?: unknown) =>
  validateContent(raw(image, logo), {
    resolveFile: (p) => (p.startsWith('media/') ? { size: 1 } : undefined),
  });

describe('image field', () => {
  it('keeps alt, focal point and credit', () => {
    const r = check({
      src: 'media/piazza.jpg',
      alt: 'La piazza al tramonto',
      focalPoint: { x: 0.3, y: 0.7 },
      credit: 'Foto: Piazza, CC0',
    });
    expect(r.errors.map(formatIssue)).toEqual([]);
    expect(r.content?.notizie[0]?.image).toEqual({
      src: 'media/piazza.jpg',
      alt: 'La piazza al tramonto',
      focalPoint: { x: 0.3, y: 0.7 },
      credit: 'Foto: Piazza, CC0',
    });
  });

  it('accepts an explicit decorative image, with an empty alt', () => {
    const r = check({ src: 'media/motivo.png', decorative: true });
    expect(r.errors).toEqual([]);
    expect(r.content?.notizie[0]?.image).toEqual({
      src: 'media/motivo.png',
      alt: '',
      decorative: true,
    });
  });

  it('refuses an image without alternative text, naming file and field', () => {
    for (const image of [
      'media/piazza.jpg',
      { src: 'media/piazza.jpg' },
      { src: 'media/piazza.jpg', alt: '' },
    ]) {
      const r = check(image);
      expect(r.content).toBeUndefined();
      expect(r.errors.map(formatIssue)).toEqual([
        expect.stringMatching(/^notizie\/n1\.md: image\.alt: manca il testo alternativo \(alt\)/),
      ]);
    }
  });

  it('refuses alt together with decorative, and a file name as alt', () => {
    const both = check({ src: 'media/a.jpg', alt: 'Una piazza', decorative: true });
    expect(both.errors[0]).toMatchObject({ file: 'notizie/n1.md', field: 'image.alt' });
    expect(both.errors[0]?.message).toContain('decorativa');
    const name = check({ src: 'media/a.jpg', alt: 'IMG_0042.jpg' });
    expect(name.errors[0]).toMatchObject({ field: 'image.alt', found: '"IMG_0042.jpg"' });
  });

  it('refuses a focal point outside 0..1 and a file that is not an image', () => {
    const r = check({ src: 'media/a.jpg', alt: 'Una piazza', focalPoint: { x: 1.5, y: -1 } });
    expect(r.errors.map((e) => e.field)).toEqual(['image.focalPoint.x', 'image.focalPoint.y']);
    expect(r.errors[0]?.message).toBe('atteso un numero tra 0 e 1');
    const pdf = check({ src: 'media/a.pdf', alt: 'Una piazza' });
    expect(pdf.errors.map(formatIssue)).toEqual([
      expect.stringMatching(/^notizie\/n1\.md: image\.src: atteso un file d'immagine/),
    ]);
    const missing = check({ src: 'foto/a.jpg', alt: 'Una piazza' });
    expect(missing.errors[0]).toMatchObject({
      field: 'image.src',
      message: 'file non trovato nella cartella dei contenuti',
    });
  });

  it("checks the comune's logo the same way", () => {
    const r = check(undefined, { src: 'media/stemma.svg' });
    expect(r.errors.map(formatIssue)).toEqual([
      expect.stringMatching(/^site\.yml: logo\.alt: manca il testo alternativo/),
    ]);
    const ok = check(undefined, { src: 'media/stemma.svg', alt: 'Stemma del Comune di Prova' });
    expect(ok.errors).toEqual([]);
  });
});
