import { LEGAL_NOTES } from '@piazza/vocabularies';
import { defineMessages } from '../intl/define.js';

export const legalNotesMessages = defineMessages({
  it: {
    /** Title of the licence section (`legal-notes-section`): the checker compares it. */
    title: LEGAL_NOTES.section.title as string,
    /** The CC-BY 4.0 text (`legal-notes-body`): the checker compares it character for character. */
    body: LEGAL_NOTES.body.text as string,
  },
  en: {
    title: 'Content licence',
    body: 'In application of the open by default principle under article 52 of legislative decree no. 82 of 7 March 2005 (CAD), and unless otherwise specified (including embedded third-party content), the data, documents and information published on this site are released under the CC-BY 4.0 licence. Users are therefore free to share (reproduce, distribute, communicate to the public, display in public), represent, perform and recite this material by any means and in any format, and to adapt it (transform the material and use it for derivative works) for any purpose, including commercial ones, with the sole obligation of attribution, without imposing additional restrictions.',
  },
});

export type LegalNotesMessages = (typeof legalNotesMessages)['it'];
