// Sources: labels and order italia/daf-ontologie-vocabolari-controllati (commit d8596ae), CC-BY 4.0 (public-services-subject-matters.csv),
// spelled as the checker (italia/pa-website-validator-ng v1.1.38 (commit bb31fe9, 2026-01-23), checker/menu-items.json) wants them;
// description: italia/design-comuni-wordpress-theme (commit 1c15e7b) (categorie_servizio_descrizioni); definition: the national CSV.
// Drift: the national CSV says "Impresa e commercio", the checker "Imprese e commercio" (checker wins, CSV kept as alias);
// the checker also accepts "agricoltura, caccia e pesca" (alias of "Agricoltura e pesca").
// GENERATED once from the reference copy, then frozen here: edit by hand with care
// (the tests compare these terms with the checker fixtures in test/fixtures).
import { deepFreeze } from '../freeze.js';
import type { Term } from '../types.js';

export const CATEGORIE_SERVIZIO = deepFreeze([
  {
    label: 'Educazione e formazione',
    slug: 'educazione-e-formazione',
    code: '1',
    description: 'Iscrizioni, agevolazioni e servizi per nidi, scuole e università.',
    definition:
      "Questa materia include tutti quei servizi relativi all'educazione di ogni livello e formazione anche universitaria",
  },
  {
    label: 'Salute, benessere e assistenza',
    slug: 'salute-benessere-e-assistenza',
    code: '2',
    description:
      'Servizi sanitari e di sostegno per minori, famiglie, anziani e persone con disabilità.',
    definition:
      "Questa materia include tutti quei servizi relativi alla salute degli individui (e.g., prenotazione esami) ma anche tutti i servizi che riguardano l'assistenza e il benessere dei cittadini (e.g., servizi per invalidi, per anziani, per minori). Questo concetto include anche i servizi relativi agli animali",
  },
  {
    label: 'Vita lavorativa',
    slug: 'vita-lavorativa',
    code: '3',
    description:
      'Lavoro, concorsi e selezioni, licenze, abilitazioni professionali e sicurezza sul lavoro.',
    definition:
      'Questa materia include tutti quei servizi legati a tutti gli eventi relativi alla vita lavorativa di cittadini, che possono riguardare il lavoro la disoccupazione e il pensionamento',
  },
  {
    label: 'Mobilità e trasporti',
    slug: 'mobilita-e-trasporti',
    code: '4',
    description: 'Parcheggi, viabilità, automobili e trasporto pubblico.',
    definition:
      'Questa materia include tutti quei servizi sulla mobilità e sui trasporti, di ogni tipo.',
  },
  {
    label: 'Catasto e urbanistica',
    slug: 'catasto-e-urbanistica',
    code: '5',
    description:
      'Piani urbanistici, piani paesaggistici e tutti i certificati per immobili, case, terreni ed edifici.',
    definition:
      "Questa materia include tutti quei servizi relativi l catasto (case, terreni, edifici), all'urbanistica ed edilizia",
  },
  {
    label: 'Anagrafe e stato civile',
    slug: 'anagrafe-e-stato-civile',
    code: '6',
    description:
      "Documenti d'identità, cambio di residenza, servizi elettorali, cimiteriali e certificati per nascita, matrimoni e unioni civili.",
    definition:
      "Questa materia include tutti quei servizi dell'anagrafe e dello stato civile (per esempio, certificati anagrafici, matrimonio, residenza, domicilio, elezioni, espatrio)",
  },
  {
    label: 'Turismo',
    slug: 'turismo',
    code: '7',
    description: 'Sostegno e sviluppo del turismo, strutture ricettive e informazioni turistiche.',
    definition:
      "Questa materia include tutti quei servizi relativi alle attività turistiche e quindi principalmente ai viaggi e all'occorrente per effettuare un viaggio (e.g., visto)",
  },
  {
    label: 'Giustizia e sicurezza pubblica',
    slug: 'giustizia-e-sicurezza-pubblica',
    code: '8',
    description: 'Polizia municipale, tribunale e Protezione civile.',
    definition:
      'Questa materia include tutti quei servizi legati alla sicurezza pubblica come per esempio i servizi della protezione civile o i servizi di denuncia di crimi',
  },
  {
    label: 'Tributi, finanze e contravvenzioni',
    slug: 'tributi-finanze-e-contravvenzioni',
    code: '9',
    description: 'Tasse e tributi su immobili, rifiuti, affissioni e pubblicità',
    definition:
      'Questa materia include tutti quei servizi legati alle tasse e alla finanza. Rientrano i servizi per la dichiarazione dei redditi, per il pagamento di contributi e contravvenzioni, ecc.',
  },
  {
    label: 'Cultura e tempo libero',
    slug: 'cultura-e-tempo-libero',
    code: '10',
    description:
      'Luoghi della cultura e dell’arte, impianti sportivi e richieste di contributi per la cultura, lo spettacolo e lo sport.',
    definition:
      'Questa materia include tutti quei servizi legati alla cultura e al tempo libero come per esempio i servizi di accesso ai luoghi della cultura e ogni altro luogo pubblico di carattere culturale ma anche accesso a luoghi dello sport o ogni altro servizi per le attività ricreative',
  },
  {
    label: 'Ambiente',
    slug: 'ambiente',
    code: '11',
    description: 'Aree verdi e parchi, inquinamento, igiene urbana e rifiuti.',
    definition:
      "Questa materia include tutti quei servizi legati all'ambiente come per esempio gestione riufiuti, e verde urbano, denuncia di incendi e altri crimini contro il paesaggio",
  },
  {
    label: 'Imprese e commercio',
    slug: 'imprese-e-commercio',
    code: '12',
    description:
      'Avvio di un’attività, commercio, autorizzazioni e concessioni per attività produttive, mercati, incentivi e supporto alle imprese.',
    definition:
      "Questa materia include tutti quei servizi di business legati alla vita dell'impresa e delle attività commerciali. Esempi includono la gestione dell'avvio e chiusura di un'azienda sia italiana che europea, la gestione del personale, la gestione di eventi quali la bancarotta",
    aliases: ['Impresa e commercio'],
  },
  {
    label: 'Autorizzazioni',
    slug: 'autorizzazioni',
    code: '13',
    description:
      'Autorizzazioni, permessi, licenze, concessioni di suolo, passi carrabili e prestito di beni del Comune.',
    definition:
      'Questa materia include tutti quei servizi legati alle imprese per richiedere permessi, licenze e finanziamenti',
  },
  {
    label: 'Appalti pubblici',
    slug: 'appalti-pubblici',
    code: '14',
    description: 'Gare d’appalto e avvisi per lavori, servizi e forniture al Comune.',
    definition:
      'Questa materia include tutti quei servizi legati agli appalti e bandi a cui le imprese possono partecipare, sia italiani che transfrontalieri',
  },
  {
    label: 'Agricoltura e pesca',
    slug: 'agricoltura-e-pesca',
    code: '15',
    description: 'Autorizzazioni e politiche alimentari per agricoltura e pesca.',
    definition:
      'Questa materia include tutti quei servizi pertinenti al contesto agricolo, della pesca e alimentare',
    aliases: ['Agricoltura, caccia e pesca'],
  },
] as const satisfies readonly Term[]);
