import { defineExamples } from '../utils/examples.js';
import { HeaderNavbar } from './HeaderNavbar.js';
import { buildMainMenu } from './menu.js';

const topics = [
  { label: 'Mobilità sostenibile', href: '/argomenti/mobilita-sostenibile/' },
  { label: 'Istruzione', href: '/argomenti/istruzione/' },
  { label: 'Turismo', href: '/argomenti/turismo/' },
];

export const examples = defineExamples({
  default: {
    name: 'Menu principale',
    description:
      'Le quattro voci di primo livello del modello (C.SI.1.6), ciascuna con il suo megamenu di secondo livello, e gli argomenti in evidenza. Sotto i 992 px lo stesso elenco si apre come finestra modale.',
    render: () => <HeaderNavbar topics={topics} currentHref="/servizi/anagrafe-e-stato-civile/" />,
  },
  customLive: {
    name: 'Vivere il Comune con il nome del Comune',
    description: 'La quarta voce può chiamarsi "Vivere {nome del Comune}".',
    render: () => <HeaderNavbar liveLabel="Vivere Esempio" />,
  },
  extraItems: {
    name: 'Con voci aggiuntive',
    description:
      'Fino a tre voci in più dopo le quattro obbligatorie, marcate `custom-submenu` (oltre, il punteggio dimezza).',
    render: () => (
      <HeaderNavbar
        items={buildMainMenu({
          extraItems: [
            {
              label: 'Turismo',
              href: '/turismo/',
              children: [
                { label: 'Itinerari', href: '/turismo/itinerari/' },
                { label: 'Dove dormire', href: '/turismo/dove-dormire/' },
              ],
            },
          ],
        })}
        topics={topics}
      />
    ),
  },
  longExtraItem: {
    name: 'Con una voce aggiuntiva lunga',
    description:
      'Cinque voci di primo livello, l\'ultima lunga e senza megamenu, e tre argomenti in evidenza. Da 992 px ogni voce resta su una riga dentro la barra: con voci aggiuntive gli argomenti in evidenza sono solo nel menu per dispositivi mobili e "Tutti gli argomenti" compare da 1200 px.',
    render: () => (
      <HeaderNavbar
        items={buildMainMenu({
          extraItems: [
            { label: 'Amministrazione trasparente', href: '/amministrazione-trasparente/' },
          ],
        })}
        topics={topics}
      />
    ),
  },
});
