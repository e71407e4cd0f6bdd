// Provenance: pa-website-validator-ng v1.1.38 (commit bb31fe9), italia/pa-website-validator-ng,
// extracted as checker/legal-notes.json. Copied verbatim (data only); do not edit by hand.

export const LEGAL_NOTES_SECTION_TITLE = 'Licenza dei contenuti';
export const LEGAL_NOTES_BODY =
  'In applicazione del principio open by default ai sensi dell’articolo 52 del decreto legislativo 7 marzo 2005, n. 82 (CAD) e salvo dove diversamente specificato (compresi i contenuti incorporati di terzi), i dati, i documenti e le informazioni pubblicati sul sito sono rilasciati con licenza CC-BY 4.0. Gli utenti sono quindi liberi di condividere (riprodurre, distribuire, comunicare al pubblico, esporre in pubblico), rappresentare, eseguire e recitare questo materiale con qualsiasi mezzo e formato e modificare (trasformare il materiale e utilizzarlo per opere derivate) per qualsiasi fine, anche commerciale con il solo onere di attribuzione, senza apporre restrizioni aggiuntive.';
