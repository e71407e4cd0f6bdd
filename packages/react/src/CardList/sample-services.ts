// Sample services for the examples and stories (not exported by the package).
import type { Argomento, CategoriaServizio } from '@piazza/vocabularies';

export interface SampleService {
  slug: string;
  title: string;
  description: string;
  category: CategoriaServizio;
  topics: readonly Argomento[];
}

export const SAMPLE_SERVICES: readonly SampleService[] = [
  {
    slug: 'carta-identita-elettronica',
    title: 'Richiedere la carta d’identità elettronica',
    description: 'Come richiedere la CIE, il documento di riconoscimento con microchip.',
    category: 'Anagrafe e stato civile',
    topics: ['Anagrafe'],
  },
  {
    slug: 'cambio-di-residenza',
    title: 'Dichiarare il cambio di residenza',
    description: 'Comunicare il trasferimento da un altro comune o all’interno del comune.',
    category: 'Anagrafe e stato civile',
    topics: ['Anagrafe'],
  },
  {
    slug: 'certificati-anagrafici',
    title: 'Richiedere un certificato anagrafico',
    description: 'Certificati di residenza, stato di famiglia, nascita.',
    category: 'Anagrafe e stato civile',
    topics: ['Anagrafe'],
  },
  {
    slug: 'iscrizione-asilo-nido',
    title: 'Iscriversi all’asilo nido',
    description: 'Domanda di iscrizione ai nidi comunali e convenzionati.',
    category: 'Educazione e formazione',
    topics: ['Istruzione'],
  },
  {
    slug: 'mensa-scolastica',
    title: 'Iscriversi alla mensa scolastica',
    description: 'Iscrizione e pagamento della refezione scolastica.',
    category: 'Educazione e formazione',
    topics: ['Istruzione'],
  },
  {
    slug: 'pagare-la-tari',
    title: 'Pagare la TARI',
    description: 'La tassa sui rifiuti: importi, scadenze e pagamento con pagoPA.',
    category: 'Tributi, finanze e contravvenzioni',
    topics: ['Tassa sui servizi', 'Gestione rifiuti'],
  },
  {
    slug: 'pagare-una-multa',
    title: 'Pagare una multa',
    description: 'Pagamento delle sanzioni del codice della strada.',
    category: 'Tributi, finanze e contravvenzioni',
    topics: ['Parcheggi'],
  },
  {
    slug: 'permesso-ztl',
    title: 'Richiedere il permesso ZTL',
    description: 'Permessi di accesso alla zona a traffico limitato.',
    category: 'Mobilità e trasporti',
    topics: ['ZTL'],
  },
  {
    slug: 'contrassegno-disabili',
    title: 'Richiedere il contrassegno per persone con disabilità',
    description: 'Il permesso di sosta per persone con ridotte capacità motorie.',
    category: 'Mobilità e trasporti',
    topics: ['Assistenza agli invalidi'],
  },
  {
    slug: 'bonus-affitto',
    title: 'Richiedere il contributo per l’affitto',
    description: 'Sostegno economico alle famiglie in affitto.',
    category: 'Salute, benessere e assistenza',
    topics: ['Assistenza sociale'],
  },
  {
    slug: 'permesso-di-costruire',
    title: 'Richiedere il permesso di costruire',
    description: 'Titolo edilizio per nuove costruzioni e ristrutturazioni.',
    category: 'Catasto e urbanistica',
    topics: ['Urbanizzazione'],
  },
  {
    slug: 'suolo-pubblico',
    title: 'Richiedere l’occupazione di suolo pubblico',
    description: 'Dehors, ponteggi, traslochi: autorizzazione all’uso di aree pubbliche.',
    category: 'Autorizzazioni',
    topics: ['Commercio al minuto'],
  },
  {
    slug: 'biblioteca',
    title: 'Iscriversi alla biblioteca',
    description: 'La tessera per prestiti, sale studio e servizi digitali.',
    category: 'Cultura e tempo libero',
    topics: ['Tempo libero'],
  },
  {
    slug: 'segnalazione-rifiuti',
    title: 'Prenotare il ritiro dei rifiuti ingombranti',
    description: 'Ritiro gratuito a domicilio di mobili ed elettrodomestici.',
    category: 'Ambiente',
    topics: ['Gestione rifiuti'],
  },
];
