import { defineExamples } from '../utils/examples.js';
import { RequestStatus } from './RequestStatus.js';

const stages = [
  { label: 'Richiesta inviata', state: 'done', date: '2026-02-02T10:15:00+01:00' },
  { label: 'Presa in carico', state: 'done', date: '2026-02-03T09:00:00+01:00' },
  {
    label: 'In lavorazione',
    state: 'current',
    description: 'L’ufficio sta verificando i documenti allegati.',
  },
  {
    label: 'Esito',
    state: 'pending',
    date: '2026-03-04T12:00:00+01:00',
    description: 'Entro questa data.',
  },
] as const;

export const examples = defineExamples({
  default: {
    name: 'Stato della richiesta',
    render: () => <RequestStatus code="RIC-2026-004217" stages={stages} />,
  },
  lookup: {
    name: 'Ricerca per codice',
    description: 'Lo stato raggiunto con il codice univoco della richiesta (CSE.1.9).',
    render: () => <RequestStatus onLookup={() => undefined} />,
  },
});
