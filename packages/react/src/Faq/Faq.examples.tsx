import { defineExamples } from '../utils/examples.js';
import { Faq } from './Faq.js';

const items = [
  {
    question: 'Come posso richiedere la carta d’identità elettronica?',
    answer: 'Prenota un appuntamento all’Ufficio Anagrafe e porta una fototessera recente.',
  },
  {
    question: 'Quanto costa la carta d’identità?',
    answer: 'Il costo è di 22,21 euro, da pagare allo sportello con carta o bancomat.',
  },
  {
    question: 'Come pago la TARI?',
    answer: 'Con l’avviso pagoPA che ricevi a casa, online o in un punto abilitato.',
  },
];

export const examples = defineExamples({
  default: {
    name: 'Domande frequenti',
    render: () => <Faq items={items} />,
  },
  open: {
    name: 'Senza ricerca, una risposta aperta',
    render: () => <Faq items={items} searchable={false} defaultOpen={[1]} headingLevel={2} />,
  },
  details: {
    name: 'Senza JavaScript (details)',
    description:
      'Per le pagine servite senza script: ogni domanda è un `<details>` che il browser apre e chiude, con un `id` per i collegamenti.',
    render: () => (
      <Faq
        variant="details"
        items={items.map((item, i) => ({ ...item, id: `domanda-${String(i + 1)}` }))}
        defaultOpen={[0]}
      />
    ),
  },
});
