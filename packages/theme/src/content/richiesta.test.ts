// @vitest-environment node
// The online request of a service declared in content (`request` of the scheda servizio): what a
// comune writes becomes the ServiceFlow's definition, and every mistake is named by file and field
// with what was expected and what was found, in Italian and English.
import { checkDefinition } from '@piazza/react/services';
import { validateContent } from './index.js';
import type { RawContent } from './index.js';
import { requestFields, requestPayment } from './collections/richiesta.js';

const site = {
  name: 'Comune di Prova',
  baseUrl: 'https://www.comune.prova.it',
  description: 'Sito di prova per la validazione.',
  region: { label: 'Regione Prova', url: 'https://www.regione.prova.it' },
  primaryColor: '#0066CC',
  contacts: {
    address: 'Piazza Grande 1, Prova',
    phone: '+39 0123 000000',
    pec: 'comune@pec.prova.it',
    email: 'info@prova.it',
    codiceFiscale: '00000000001',
  },
  legal: {
    privacyUrl: '/privacy/',
    accessibilityUrl: 'https://form.agid.gov.it/view/x',
    legalNotesUrl: '/note-legali/',
  },
};

/** A ZTL permit as a comune writes it (YAML front matter, read as data). */
const ZTL_REQUEST = {
  fields: [
    {
      kind: 'radio',
      name: 'motivo',
      label: 'Motivo della richiesta',
      required: true,
      options: [
        { value: 'residente', label: 'Residente nella ZTL' },
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
    { kind: 'text', name: 'targa', label: 'Targa del veicolo', required: true, maxLength: 10 },
  ],
  documents: [{ name: 'libretto', label: 'Carta di circolazione', accept: '.pdf' }],
  payment: { amount: 12.5, description: 'Diritti di istruttoria' },
};

const servizio = (over: Record<string, unknown> = {}) => ({
  slug: 'permesso-ztl',
  title: 'Permesso ZTL',
  description: 'Il permesso per la ZTL.',
  category: 'Mobilità e trasporti',
  topics: 'ZTL',
  aChiERivolto: 'Ai residenti.',
  comeFare: 'Online.',
  cosaServe: 'La targa.',
  cosaSiOttiene: 'Il permesso.',
  tempiEScadenze: 'Dieci giorni.',
  accediAlServizio: { generic: 'Polizia locale.' },
  condizioniDiServizio: {
    title: 'Condizioni',
    url: 'https://www.comune.prova.it/c.pdf',
    size: '120 KB',
  },
  contatti: 'polizia',
  flowType: 'Permessi e autorizzazioni',
  maxDays: 10,
  request: structuredClone(ZTL_REQUEST),
  ...over,
});

const raw = (s: Record<string, unknown>): RawContent => ({
  site: { file: 'cms:site', data: structuredClone(site) },
  collections: {
    servizi: [{ file: 'servizi/permesso-ztl.md', data: s }],
    unitaOrganizzative: [
      {
        file: 'cms:uo/1',
        data: {
          slug: 'polizia',
          title: 'Polizia locale',
          type: 'ufficio',
          summary: 'Polizia.',
          body: 'Testo.',
        },
      },
    ],
    pagine: [
      { file: 'cms:pagina/1', data: { slug: 'privacy', title: 'Privacy', body: 'Testo.' } },
      { file: 'cms:pagina/2', data: { slug: 'note-legali', title: 'Note legali', body: 'Testo.' } },
    ],
    argomenti: [{ file: 'cms:argomento/1', data: { slug: 'ztl', topic: 'ZTL', summary: 'ZTL.' } }],
  },
});

/** The errors of one scheda, as `field: message / messageEn (found)`. */
const errorsOf = (s: Record<string, unknown>) =>
  validateContent(raw(s)).errors.map(
    (e) => `${e.file} ${e.field}: ${e.message} / ${e.messageEn}${e.found ? ` (${e.found})` : ''}`,
  );

const with_ = (patch: (r: typeof ZTL_REQUEST & Record<string, unknown>) => void) => {
  const r = structuredClone(ZTL_REQUEST) as typeof ZTL_REQUEST & Record<string, unknown>;
  patch(r);
  return servizio({ request: r });
};

test('a request written in content becomes a ServiceFlow definition the flow accepts', () => {
  const r = validateContent(raw(servizio()));
  expect(r.errors).toEqual([]);
  const request = r.content!.servizi[0]!.request!;
  const fields = requestFields(request);
  expect(fields.map((f) => `${f.kind}:${f.name}`)).toEqual([
    'radio:motivo',
    'textarea:motivoAltro',
    'text:targa',
    'file:libretto',
  ]);
  // a single value of the content's list is the flow's value
  expect(fields[1]!.when).toEqual({ field: 'motivo', is: 'altro' });
  expect(fields[3]).toEqual({
    kind: 'file',
    name: 'libretto',
    label: 'Carta di circolazione',
    accept: ['.pdf'],
  });
  // euro in content, cents for the flow
  expect(request.payment?.amount).toBe(12.5);
  expect(requestPayment(request.payment!)).toEqual({
    amount: 1250,
    description: 'Diritti di istruttoria',
  });
  expect(() =>
    checkDefinition('ServiceFlow', {
      id: 'permesso-ztl',
      name: 'Permesso ZTL',
      flowType: 'permessi-e-autorizzazioni',
      maxDays: 10,
      privacyHref: '/privacy/',
      fields,
      payment: requestPayment(request.payment!),
    }),
  ).not.toThrow();
});

test('the validated request is valid content again (what a CMS writes back round-trips)', () => {
  const first = validateContent(raw(servizio())).content!.servizi[0]!;
  const again = validateContent(raw(servizio({ request: structuredClone(first.request) })));
  expect(again.errors).toEqual([]);
  expect(again.content!.servizi[0]!.request).toEqual(first.request);
});

test('mistakes in a field are named by file and field, with what was expected and found', () => {
  const F = 'servizi/permesso-ztl.md request.fields';
  expect(errorsOf(with_((r) => (r.fields[0]!.kind = 'radios')))).toEqual([
    expect.stringMatching(
      new RegExp(
        `^${F}\\.0\\.kind: atteso uno dei valori di tipo di campo: "text", .* / expected one of .* \\("radios"\\)$`,
      ),
    ),
  ]);
  expect(errorsOf(with_((r) => delete (r.fields[0] as { options?: unknown }).options))).toEqual([
    `${F}.0.options: manca la lista delle scelte (options) di un campo di tipo "radio" / missing the list of choices (options) of a field of kind "radio"`,
  ]);
  expect(
    errorsOf(with_((r) => Object.assign(r.fields[2]!, { options: [{ value: 'a', label: 'A' }] }))),
  ).toEqual([
    `${F}.2.options: "options" non vale per un campo di tipo "text" (ammessi: format, maxLength, inputType, autoComplete) / "options" does not apply to a field of kind "text" (allowed: format, maxLength, inputType, autoComplete)`,
  ]);
  expect(errorsOf(with_((r) => Object.assign(r.fields[2]!, { format: 'targa' })))).toEqual([
    expect.stringMatching(
      new RegExp(
        `^${F}\\.2\\.format: atteso uno dei valori di formato: "email", "phone", "codiceFiscale", "cap", "iban" / .* \\("targa"\\)$`,
      ),
    ),
  ]);
  expect(errorsOf(with_((r) => (r.fields[2]!.name = 'targa del veicolo')))).toEqual([
    expect.stringMatching(
      new RegExp(`^${F}\\.2\\.name: atteso un nome di campo: .* \\("targa del veicolo"\\)$`),
    ),
  ]);
  expect(errorsOf(with_((r) => (r.fields[2]!.name = 'motivo')))).toEqual([
    `${F}.2.name: nome già usato da un altro campo del servizio / name already used by another field of the service ("motivo")`,
  ]);
  expect(errorsOf(with_((r) => (r.fields[2]!.name = 'email')))).toEqual([
    expect.stringMatching(
      new RegExp(`^${F}\\.2\\.name: nome riservato ai dati della persona .* \\("email"\\)$`),
    ),
  ]);
});

test('conditions must name an earlier field and one of its values', () => {
  const F = 'servizi/permesso-ztl.md request.fields.1.when';
  expect(errorsOf(with_((r) => (r.fields[1]!.when = { field: 'targa', is: 'x' })))).toEqual([
    `${F}.field: la condizione deve nominare un campo che viene prima / the condition must name a field that comes earlier ("targa")`,
  ]);
  expect(errorsOf(with_((r) => (r.fields[1]!.when = { field: 'motivo', is: 'Altro' })))).toEqual([
    `${F}.is.0: atteso uno dei valori di "motivo": "residente", "altro" / expected one of the values of "motivo": "residente", "altro" ("Altro")`,
  ]);
  expect(
    errorsOf(with_((r) => (r.fields[1]!.when = { field: 'motivo', checked: true } as never))),
  ).toEqual([
    `${F}: atteso "is" con i valori di "motivo": non è una casella / expected "is" with the values of "motivo": it is not a checkbox`,
  ]);
  expect(errorsOf(with_((r) => (r.fields[1]!.when = { field: 'motivo' } as never)))).toEqual([
    `${F}: atteso uno tra "is" (i valori di un campo) e "checked: true" (una casella spuntata) / expected one of "is" (the values of a field) and "checked: true" (a ticked checkbox)`,
  ]);
  // a document's condition sees the fields before it
  expect(
    errorsOf(
      with_((r) =>
        Object.assign(r.documents[0]!, { when: { field: 'motivo', is: ['residente', 'altro'] } }),
      ),
    ),
  ).toEqual([]);
});

test('the request fits the flow type: payment, notice code, completion, maximum days, no external address', () => {
  const F = 'servizi/permesso-ztl.md';
  expect(errorsOf(with_((r) => delete (r as { payment?: unknown }).payment))).toEqual([
    `${F} request.payment: manca il pagamento (importo e causale), richiesto dal tipo di flusso "Permessi e autorizzazioni" (criterio CSE.2.1) / missing the payment (amount and description), required by the flow type "Permessi e autorizzazioni" (criterion CSE.2.1)`,
  ]);
  expect(errorsOf(with_((r) => (r.payment.amount = 12.345)))).toEqual([
    expect.stringMatching(
      /^servizi\/permesso-ztl\.md request\.payment\.amount: atteso un importo in euro .* \(12\.345\)$/,
    ),
  ]);
  expect(errorsOf(servizio({ flowType: 'Pagamenti dovuti' }))).toEqual([
    `${F} request.fields: manca il campo di tipo "due" (il codice avviso pagoPA), richiesto dai Pagamenti dovuti / missing the field of kind "due" (the pagoPA notice code), required by Pagamenti dovuti`,
  ]);
  expect(
    errorsOf(
      with_((r) =>
        Object.assign(r, { completion: [{ kind: 'checkbox', name: 'ok', label: 'Accetto' }] }),
      ),
    ),
  ).toEqual([
    `${F} request.completion: il perfezionamento (completion) vale solo per le Domande con graduatoria, non per "Permessi e autorizzazioni" / the completion applies only to Domande con graduatoria, not to "Permessi e autorizzazioni"`,
  ]);
  expect(errorsOf(servizio({ maxDays: undefined }))).toEqual([
    expect.stringMatching(
      /^servizi\/permesso-ztl\.md maxDays: una richiesta online \(request\) richiede i giorni massimi .*CSE\.1\.10/,
    ),
  ]);
  expect(errorsOf(servizio({ flowType: undefined }))).toEqual([
    expect.stringMatching(
      /^servizi\/permesso-ztl\.md flowType: una richiesta online \(request\) richiede il tipo di flusso/,
    ),
  ]);
  expect(
    errorsOf(servizio({ accediAlServizio: { online: 'https://servizi.prova.it/ztl' } })),
  ).toEqual([
    expect.stringMatching(
      /^servizi\/permesso-ztl\.md request: la richiesta online del sito .* si escludono/,
    ),
  ]);
});

test('unknown keys in a field are warned about with the allowed ones', () => {
  const r = validateContent(raw(with_((x) => Object.assign(x.fields[2]!, { obbligatorio: true }))));
  expect(
    r.warnings
      .filter((w) => w.field.startsWith('request'))
      .map((w) => `${w.field}: ${w.hint ?? ''}`),
  ).toEqual([
    expect.stringMatching(
      /^request\.fields\.2\.obbligatorio: campi ammessi \(allowed fields\): kind, name, label, hint, required, /,
    ),
  ]);
});
