import { defineExamples } from '../utils/examples.js';
import { HeaderSlim } from './HeaderSlim.js';

const region = { name: 'Regione Esempio', href: 'https://www.regione.esempio.it/' };

export const examples = defineExamples({
  default: {
    name: 'Ospite',
    description:
      'L’ente di appartenenza (si apre in una nuova scheda), la scelta della lingua e "Accedi all’area personale" (personal-area-login).',
    render: () => <HeaderSlim region={region} />,
  },
  signedIn: {
    name: 'Cittadino autenticato',
    description: 'Al posto del link di accesso, il menu utente.',
    render: () => <HeaderSlim region={region} user={{ name: 'Maria Rossi' }} />,
  },
});
