import { defineExamples } from '../utils/examples.js';
import { DetailPage } from './DetailPage.js';

const hasHours = false;

export const examples = defineExamples({
  place: {
    name: 'Scheda di un luogo',
    description:
      'Indice e sezioni da una sola lista: la sezione "Orari" senza contenuto manca, e manca anche dall’indice.',
    render: () => (
      <main>
        <h1>Biblioteca civica</h1>
        <DetailPage
          sections={[
            {
              id: 'descrizione',
              title: 'Descrizione',
              content: <p>La biblioteca del Comune, con sala studio e prestito.</p>,
            },
            { id: 'indirizzo', title: 'Indirizzo', content: <p>Piazza Garibaldi 3</p> },
            { id: 'orari', title: 'Orari', content: hasHours && <p>Lun-ven 9-18</p> },
            {
              id: 'contatti',
              title: 'Contatti',
              content: (
                <p>
                  <a href="mailto:biblioteca@comune.example.it">biblioteca@comune.example.it</a>
                </p>
              ),
            },
          ]}
        />
      </main>
    ),
  },
  collapsible: {
    name: 'Indice richiudibile',
    description: 'Con JavaScript l’indice si richiude dietro un pulsante sugli schermi piccoli.',
    render: () => (
      <main>
        <h1>Ufficio anagrafe</h1>
        <DetailPage
          collapsibleIndex
          sections={[
            { id: 'competenze', title: 'Competenze', content: <p>Residenza, stato civile.</p> },
            { id: 'contatti', title: 'Contatti', content: <p>Telefono 0123 456789</p> },
          ]}
        >
          <p className="small">Ultimo aggiornamento: 1 dicembre 2026</p>
        </DetailPage>
      </main>
    ),
  },
});
