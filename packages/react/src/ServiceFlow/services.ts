// One example service of each flow type, from the 26 of the avviso 1.4.1 (names as in
// SERVIZI_AVVISO): typed data, no component code. The demo site and the stories use them; a
// comune writes its own in the same shape.
import type { ServiceDefinition } from './definition.js';

const privacyHref = '/privacy/';

const ztl: ServiceDefinition = {
  id: 'permesso-ztl',
  name: 'Richiedere permesso di accesso ad area ZTL',
  flowType: 'permessi-e-autorizzazioni',
  maxDays: 30,
  privacyHref,
  fields: [
    {
      kind: 'radio',
      name: 'motivo',
      label: 'Motivo della richiesta',
      required: true,
      options: [
        { value: 'residente', label: 'Residente nella ZTL' },
        { value: 'lavoro', label: 'Lavoro nella ZTL' },
        { value: 'altro', label: 'Altro motivo' },
      ],
    },
    {
      kind: 'textarea',
      name: 'motivoAltro',
      label: 'Descrivi il motivo',
      required: true,
      maxLength: 300,
      when: { field: 'motivo', is: 'altro' },
    },
    {
      kind: 'text',
      name: 'targa',
      label: 'Targa del veicolo',
      hint: 'Ad esempio AB123CD',
      required: true,
      maxLength: 10,
    },
    {
      kind: 'file',
      name: 'libretto',
      label: 'Carta di circolazione',
      accept: ['.pdf', 'image/*'],
      maxSize: 5_000_000,
    },
  ],
  payment: { amount: 3000, description: 'Diritti di istruttoria del permesso ZTL' },
};

const asilo: ServiceDefinition = {
  id: 'iscrizione-asilo-nido',
  name: "Richiedere iscrizione all'asilo nido",
  flowType: 'domande-con-graduatoria',
  maxDays: 60,
  privacyHref,
  fields: [
    {
      kind: 'text',
      name: 'bambino',
      label: 'Nome e cognome del bambino o della bambina',
      required: true,
    },
    {
      kind: 'text',
      name: 'cfBambino',
      label: 'Codice fiscale del bambino o della bambina',
      required: true,
      format: 'codiceFiscale',
    },
    {
      kind: 'select',
      name: 'nido',
      label: 'Asilo nido preferito',
      required: true,
      options: [
        { value: 'girasole', label: 'Nido comunale Il Girasole' },
        { value: 'arcobaleno', label: 'Nido comunale Arcobaleno' },
      ],
    },
    { kind: 'checkbox', name: 'isee', label: 'Dichiaro un ISEE valido per il punteggio' },
    {
      kind: 'text',
      name: 'iseeValore',
      label: 'Valore ISEE in euro',
      required: true,
      inputType: 'number',
      when: { field: 'isee', is: true },
    },
  ],
  completion: [
    {
      kind: 'radio',
      name: 'accetto',
      label: 'Accetti il posto assegnato?',
      required: true,
      options: [
        { value: 'si', label: 'Sì, accetto il posto' },
        { value: 'no', label: 'No, rinuncio' },
      ],
    },
    {
      kind: 'file',
      name: 'vaccinazioni',
      label: 'Certificato delle vaccinazioni',
      required: true,
      accept: ['.pdf'],
      when: { field: 'accetto', is: 'si' },
    },
  ],
};

const mensa: ServiceDefinition = {
  id: 'iscrizione-mensa-scolastica',
  name: 'Richiedere iscrizione alla mensa scolastica',
  flowType: 'servizi-a-pagamento',
  maxDays: 20,
  privacyHref,
  fields: [
    {
      kind: 'text',
      name: 'studente',
      label: "Nome e cognome dell'alunno o dell'alunna",
      required: true,
    },
    {
      kind: 'select',
      name: 'scuola',
      label: 'Scuola',
      required: true,
      options: [
        { value: 'dante', label: 'Scuola primaria Dante Alighieri' },
        { value: 'montessori', label: 'Scuola primaria Maria Montessori' },
      ],
    },
    {
      kind: 'radio',
      name: 'dieta',
      label: 'Dieta',
      required: true,
      options: [
        { value: 'normale', label: 'Nessuna esigenza' },
        { value: 'speciale', label: 'Dieta speciale per motivi di salute' },
        { value: 'etica', label: 'Dieta per motivi etici o religiosi' },
      ],
    },
    {
      kind: 'file',
      name: 'certificato',
      label: 'Certificato medico',
      required: true,
      accept: ['.pdf'],
      when: { field: 'dieta', is: 'speciale' },
    },
  ],
  payment: { amount: 5500, description: 'Quota di iscrizione alla mensa scolastica' },
};

const agevolazioni: ServiceDefinition = {
  id: 'agevolazioni-scolastiche',
  name: 'Richiedere agevolazioni scolastiche',
  flowType: 'vantaggi-economici',
  maxDays: 45,
  privacyHref,
  fields: [
    {
      kind: 'radio',
      name: 'perChi',
      label: 'Per chi presenti la domanda?',
      required: true,
      options: [
        { value: 'me', label: 'Per me' },
        { value: 'altri', label: 'Per un’altra persona (ad esempio un figlio o una figlia)' },
      ],
    },
    {
      kind: 'text',
      name: 'beneficiario',
      label: 'Nome e cognome della persona beneficiaria',
      required: true,
      when: { field: 'perChi', is: 'altri' },
    },
    {
      kind: 'text',
      name: 'cfBeneficiario',
      label: 'Codice fiscale della persona beneficiaria',
      required: true,
      format: 'codiceFiscale',
      when: { field: 'perChi', is: 'altri' },
    },
    { kind: 'text', name: 'iban', label: 'IBAN per l’accredito', required: true, format: 'iban' },
  ],
};

const multa: ServiceDefinition = {
  id: 'pagare-contravvenzioni',
  name: 'Pagare contravvenzioni',
  flowType: 'pagamenti-dovuti',
  maxDays: 5,
  privacyHref,
  fields: [
    {
      kind: 'due',
      name: 'avviso',
      label: 'Codice avviso',
      hint: 'Le 18 cifre del codice avviso pagoPA sul verbale',
    },
  ],
};

/** One example service of each flow type (from the avviso's 26), by flow type. */
export const EXAMPLE_SERVICES = Object.freeze({
  'permessi-e-autorizzazioni': ztl,
  'domande-con-graduatoria': asilo,
  'servizi-a-pagamento': mensa,
  'vantaggi-economici': agevolazioni,
  'pagamenti-dovuti': multa,
} as const);
