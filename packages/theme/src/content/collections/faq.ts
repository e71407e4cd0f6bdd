// Domande frequenti (faq.yml, or faq/*.md).
import { markdown, object, opt, refs, req, slug, text } from '../fields.js';
import { SLUG, TOPICS, topics } from './common.js';
import { defineCollection } from './define.js';

export const faq = defineCollection(
  {
    name: 'faq',
    folder: 'faq',
    kind: 'collection',
    label: { it: 'Domanda frequente', en: 'FAQ' },
    noun: { it: 'domanda frequente', en: 'FAQ' },
  },
  object({
    slug: req(slug(), SLUG),
    question: req(text({ min: 5 }), ['Domanda', 'Question']),
    answer: req(markdown(), ['Risposta', 'Answer'], undefined, { body: true }),
    category: req(text(), [
      'Gruppo',
      'Group',
      'Raggruppamento libero nella pagina FAQ: "Anagrafe", "Tributi"…',
      'Free grouping on the FAQ page.',
    ]),
    topics: opt(topics(), TOPICS),
    servizi: opt(refs('servizio', 'un servizio'), ['Servizi', 'Services']),
  }),
);
