// Legal notes page (note legali), criterion C.SI.3.4.
// Source: checker/legal-notes.json, italia/pa-website-validator-ng v1.1.38 (commit bb31fe9).
// The body must be reproduced character for character (’, not ').
import { deepFreeze } from './freeze.js';

export const LEGAL_NOTES = deepFreeze({
  /** data-element of the footer link to the legal notes page. */
  dataElement: 'legal-notes',
  section: { dataElement: 'legal-notes-section', title: 'Licenza dei contenuti' },
  body: {
    dataElement: 'legal-notes-body',
    text: 'In applicazione del principio open by default ai sensi dell’articolo 52 del decreto legislativo 7 marzo 2005, n. 82 (CAD) e salvo dove diversamente specificato (compresi i contenuti incorporati di terzi), i dati, i documenti e le informazioni pubblicati sul sito sono rilasciati con licenza CC-BY 4.0. Gli utenti sono quindi liberi di condividere (riprodurre, distribuire, comunicare al pubblico, esporre in pubblico), rappresentare, eseguire e recitare questo materiale con qualsiasi mezzo e formato e modificare (trasformare il materiale e utilizzarlo per opere derivate) per qualsiasi fine, anche commerciale con il solo onere di attribuzione, senza apporre restrizioni aggiuntive.',
  },
} as const);
