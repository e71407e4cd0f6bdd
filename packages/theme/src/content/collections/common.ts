// Field kinds shared by several collections.
import { ARGOMENTI } from '@piazza/vocabularies';
import type { Argomento } from '@piazza/vocabularies';
import { list, object, req, text, url } from '../fields.js';
import { vocabulary } from '../vocabulary.js';

/** A list of topics of the model (Argomento). */
export const topics = () => list(vocabulary<Argomento>(ARGOMENTI, 'Argomento'));

/** A link: visible text and address. */
export const link = (options: { absolute?: boolean } = {}) =>
  object({
    label: req(text(), [
      'Testo',
      'Text',
      'Il testo visibile del collegamento.',
      'The visible text of the link.',
    ]),
    url: req(url(options), ['Indirizzo', 'Address']),
  });

/** The labels of the fields that almost every collection has. */
export const SLUG = [
  'Slug',
  'Slug',
  "Identificativo nell'indirizzo della pagina: lettere minuscole, cifre e trattini; nella cartella Markdown è il nome del file.",
  'Identifier in the page address: lowercase letters, digits and hyphens; in the Markdown folder, the file name.',
] as const;
export const TITLE = ['Titolo', 'Title'] as const;
export const SUMMARY = [
  'Descrizione breve',
  'Summary',
  'Una o due frasi, nelle card e nella meta description (3–300 caratteri).',
  'One or two sentences, on cards and in the meta description (3–300 characters).',
] as const;
export const TOPICS = [
  'Argomenti',
  'Topics',
  'Argomenti del vocabolario del Modello Comuni.',
  'Topics of the Modello Comuni vocabulary.',
] as const;
export const IMAGE = ['Immagine', 'Image'] as const;
export const BODY = [
  'Testo',
  'Text',
  'Il testo della pagina, in Markdown.',
  'The page text, in Markdown.',
] as const;
