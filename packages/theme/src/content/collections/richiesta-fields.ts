// The fields of the online request (`request` of the scheda servizio) as the content writes them:
// the schema of one field, of a document to upload and of a field's condition, the keys each kind
// of field may have, and the types of the validated request. The `request` schema itself is in
// richiesta.ts, the checks between fields in richiesta-checks.ts.
import type { FieldSpec, PersonalKey } from '@piazza/react/services';
import { boolean, fail, integer, leaf, list, object, oneOf, opt, req, text } from '../fields.js';
import { problem, show } from '../issues.js';
import type { IssueSink } from '../issues.js';

/** The field kinds ServiceFlow renders (FieldSpec['kind']). */
export const FIELD_KINDS = [
  'text',
  'textarea',
  'select',
  'radio',
  'checkboxes',
  'checkbox',
  'file',
  'due',
] as const satisfies readonly FieldSpec['kind'][];
type Kind = (typeof FIELD_KINDS)[number];

/** The checks of a text field's value (ValueFormat of @piazza/react). */
export const FIELD_FORMATS = ['email', 'phone', 'codiceFiscale', 'cap', 'iban'] as const;
const INPUT_TYPES = ['text', 'date', 'number', 'email', 'tel'] as const;
export const PERSONAL_KEYS = [
  'name',
  'surname',
  'fiscalCode',
  'email',
  'phone',
] as const satisfies readonly PersonalKey[];
/** Names the flow uses itself: the personal data, the privacy consent, the notice found. */
export const RESERVED: readonly string[] = [...PERSONAL_KEYS, 'privacy', 'due'];

const NAME = /^[a-zA-Z][a-zA-Z0-9_]*$/;

/** The key of a value in the request: a letter, then letters, digits or `_`. */
const fieldName = () =>
  leaf<string>(
    (value, ctx) =>
      typeof value === 'string' && NAME.test(value.trim())
        ? value.trim()
        : fail(ctx, {
            it: 'atteso un nome di campo: una lettera, poi lettere, cifre o _ (es. "targa", "cfBambino")',
            en: 'expected a field name: a letter, then letters, digits or _ (e.g. "targa", "cfBambino")',
            found: show(value),
          }),
    { json: { type: 'string', pattern: NAME.source }, kind: 'nome di campo' },
  );

const CHOICE_KINDS: readonly Kind[] = ['select', 'radio', 'checkboxes'];
/** The keys each kind may have besides name, label, hint, required, when. */
const OWN_KEYS: Record<Kind, readonly string[]> = {
  text: ['format', 'maxLength', 'inputType', 'autoComplete'],
  textarea: ['maxLength'],
  select: ['options'],
  radio: ['options'],
  checkboxes: ['options'],
  checkbox: [],
  file: ['accept', 'maxSize', 'multiple'],
  due: [],
};

const option = object({
  value: req(text(), [
    'Valore',
    'Value',
    'Registrato nella richiesta e usato nelle condizioni (`when.is`).',
    'Recorded in the request and used by conditions (`when.is`).',
  ]),
  label: req(text(), ['Testo', 'Text', 'Come la persona lo legge.', 'As the citizen reads it.']),
  hint: opt(text(), ['Aiuto', 'Hint']),
});

const condition = object({
  field: req(fieldName(), [
    'Campo',
    'Field',
    'Il nome di un campo precedente.',
    'The name of an earlier field.',
  ]),
  is: opt(list(text()), [
    'Valore',
    'Value',
    'Un valore (o una lista di valori) del campo indicato: il campo si mostra quando ne ha uno.',
    'A value (or a list of values) of the named field: the field shows when it has one of them.',
  ]),
  checked: opt(boolean(), [
    'Spuntato',
    'Ticked',
    '`true`: il campo si mostra quando la casella indicata è spuntata.',
    '`true`: the field shows when the named checkbox is ticked.',
  ]),
}).superRefine((w, ctx) => {
  if ((w.is === undefined) === (w.checked === undefined))
    problem(ctx, {
      it: 'atteso uno tra "is" (i valori di un campo) e "checked: true" (una casella spuntata)',
      en: 'expected one of "is" (the values of a field) and "checked: true" (a ticked checkbox)',
    });
  else if (w.checked === false)
    problem(ctx, {
      it: 'atteso "checked: true": un campo si può legare solo a una casella spuntata',
      en: 'expected "checked: true": a field can only depend on a ticked checkbox',
      found: 'false',
      path: ['checked'],
    });
});

/** A condition as the content has it. */
export interface RequestCondition {
  field: string;
  is?: string[] | undefined;
  checked?: boolean | undefined;
}

const common = {
  name: req(fieldName(), [
    'Nome',
    'Name',
    'La chiave del valore nella richiesta, unica nel servizio.',
    'The key of the value in the request, unique in the service.',
  ]),
  label: req(text(), [
    'Etichetta',
    'Label',
    'Che cosa si chiede, come la persona lo legge.',
    'What is asked, as the citizen reads it.',
  ]),
  hint: opt(text(), ['Aiuto', 'Hint', 'Sotto l’etichetta.', 'Under the label.']),
  required: opt(boolean(), ['Obbligatorio', 'Required']),
  when: opt(condition, [
    'Condizione',
    'Condition',
    '`{ field, is }` o `{ field, checked: true }`: il campo si chiede solo quando un campo precedente ha uno di quei valori, o è spuntato.',
    '`{ field, is }` or `{ field, checked: true }`: the field is asked only when an earlier field has one of those values, or is ticked.',
  ]),
};

const fileKeys = {
  accept: opt(list(text()), [
    'Formati',
    'Accepted types',
    'Estensioni o tipi MIME ammessi (es. ".pdf", "image/*").',
    'Extensions or MIME types accepted (e.g. ".pdf", "image/*").',
  ]),
  maxSize: opt(integer({ min: 1 }), [
    'Dimensione massima',
    'Maximum size',
    'In byte (5000000 = 5 MB).',
    'In bytes (5000000 = 5 MB).',
  ]),
  multiple: opt(boolean(), ['Più file', 'Several files']),
};

type Raw = Record<string, unknown> & { kind: Kind; name: string; label: string };

/** The keys of `f` with a value, besides those every kind has. */
const present = (f: Record<string, unknown>, keys: readonly string[]) =>
  keys.filter((k) => f[k] !== undefined);

/** A checked entry with only the keys its kind has. */
function ownKeys(f: Raw): RequestField {
  const out: Record<string, unknown> = {};
  for (const k of ['kind', 'name', 'label', 'hint', 'required', 'when', ...OWN_KEYS[f.kind]])
    if (f[k] !== undefined) out[k] = f[k];
  return out as unknown as RequestField;
}

function checkKind(f: Raw, ctx: IssueSink): void {
  const own = OWN_KEYS[f.kind];
  const all = new Set(Object.values(OWN_KEYS).flat());
  for (const k of present(f, [...all]).filter((k) => !own.includes(k)))
    problem(ctx, {
      it: `"${k}" non vale per un campo di tipo "${f.kind}"${own.length ? ` (ammessi: ${own.join(', ')})` : ''}`,
      en: `"${k}" does not apply to a field of kind "${f.kind}"${own.length ? ` (allowed: ${own.join(', ')})` : ''}`,
      path: [k],
    });
  if (CHOICE_KINDS.includes(f.kind)) {
    const options = f.options as { value: string }[] | undefined;
    if (!options?.length)
      problem(ctx, {
        it: `manca la lista delle scelte (options) di un campo di tipo "${f.kind}"`,
        en: `missing the list of choices (options) of a field of kind "${f.kind}"`,
        path: ['options'],
      });
    const seen = new Set<string>();
    options?.forEach((o, i) => {
      if (seen.has(o.value))
        problem(ctx, {
          it: 'valore ripetuto: ogni scelta ha un valore suo',
          en: 'repeated value: each choice has its own value',
          found: show(o.value),
          path: ['options', i, 'value'],
        });
      seen.add(o.value);
    });
  }
}

/** One field of the request. */
export const field = (kinds: readonly Kind[]) =>
  object({
    kind: req(oneOf(kinds, 'tipo di campo'), [
      'Tipo',
      'Kind',
      'text, textarea, select, radio, checkboxes, checkbox, file; due (il codice avviso pagoPA, nei Pagamenti dovuti).',
      'text, textarea, select, radio, checkboxes, checkbox, file; due (the pagoPA notice code, in Pagamenti dovuti).',
    ]),
    ...common,
    format: opt(oneOf(FIELD_FORMATS, 'formato'), [
      'Formato',
      'Format',
      'Solo text: il controllo del valore.',
      'Text only: the check of the value.',
    ]),
    inputType: opt(oneOf(INPUT_TYPES, 'tipo di input'), [
      'Tipo di input',
      'Input type',
      'Solo text.',
      'Text only.',
    ]),
    autoComplete: opt(text(), [
      'Completamento automatico',
      'Autocomplete',
      'Solo text.',
      'Text only.',
    ]),
    maxLength: opt(integer({ min: 1 }), [
      'Lunghezza massima',
      'Maximum length',
      'text e textarea, in caratteri.',
      'text and textarea, in characters.',
    ]),
    options: opt(list(option), [
      'Scelte',
      'Choices',
      'select, radio e checkboxes: `{ value, label, hint }`.',
      'select, radio and checkboxes: `{ value, label, hint }`.',
    ]),
    ...fileKeys,
  })
    .superRefine((f, ctx) => checkKind(f as Raw, ctx))
    .transform((f) => ownKeys(f as Raw));

/** A document to upload: a field of kind "file" (the kind is implied, not written). */
export const document = object({ ...common, ...fileKeys });

/** The validated `request`: the parts of a ServiceDefinition the content gives. */
export interface Richiesta {
  fields: RequestField[];
  /** Fields of kind "file" (`requestFields` adds the kind), asked after `fields`. */
  documents: RequestDocument[];
  /** The amount in euro (ServiceDefinition's is in cents: see `requestPayment`). */
  payment?: { amount: number; description: string } | undefined;
  completion?: RequestField[] | undefined;
  editable?: PersonalKey[] | undefined;
}

/** A field of the request, as the content has it (`toFieldSpec` gives the flow's). */
export interface RequestField {
  kind: Kind;
  name: string;
  label: string;
  hint?: string | undefined;
  required?: boolean | undefined;
  when?: RequestCondition | undefined;
  format?: (typeof FIELD_FORMATS)[number] | undefined;
  inputType?: (typeof INPUT_TYPES)[number] | undefined;
  autoComplete?: string | undefined;
  maxLength?: number | undefined;
  options?: { value: string; label: string; hint?: string | undefined }[] | undefined;
  accept?: string[] | undefined;
  maxSize?: number | undefined;
  multiple?: boolean | undefined;
}

/** A document to upload, as written in the content. */
export interface RequestDocument {
  name: string;
  label: string;
  hint?: string | undefined;
  required?: boolean | undefined;
  when?: RequestCondition | undefined;
  accept?: string[] | undefined;
  maxSize?: number | undefined;
  multiple?: boolean | undefined;
}
