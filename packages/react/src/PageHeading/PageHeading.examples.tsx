import { defineExamples } from '../utils/examples.js';
import { PageHeading } from './PageHeading.js';

export const examples = defineExamples({
  default: {
    name: 'Titolo con introduzione',
    render: () => (
      <PageHeading
        title="Servizi"
        lead="Tutti i servizi comunali per i cittadini, disponibili online o a sportello."
      />
    ),
  },
  actions: {
    name: 'Con azioni',
    render: () => (
      <PageHeading
        title="Richiedere la carta d’identità elettronica"
        lead="Come richiedere la carta d’identità elettronica (CIE)."
        actions={
          <a className="btn btn-primary" href="/prenotazione-appuntamenti/">
            Prenota appuntamento
          </a>
        }
      />
    ),
  },
  contained: {
    name: 'In un contenitore',
    description: 'Al primo livello di `<main>`, come nelle pagine del sito statico.',
    render: () => (
      <PageHeading contained title="Luoghi" lead="I luoghi del Comune da scoprire.">
        <p className="small">Aggiornato il 1 dicembre 2026</p>
      </PageHeading>
    ),
  },
});
