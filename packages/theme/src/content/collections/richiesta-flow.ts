// The online request (`request` of the scheda servizio) converted for ServiceFlow of
// @piazza/react: each field of the content as a FieldSpec, the documents as fields of kind "file",
// the completion's fields, and the payment in euro cents as ServiceDefinition has it.
import type { FieldSpec } from '@piazza/react/services';
import type { RequestField, Richiesta } from './richiesta-fields.js';

/** The FieldSpec of @piazza/react of a field of the content. */
export function toFieldSpec(f: RequestField): FieldSpec {
  const { when, ...rest } = f;
  const spec: Record<string, unknown> = { ...rest };
  if (when)
    spec.when =
      when.checked !== undefined
        ? { field: when.field, is: when.checked }
        : { field: when.field, is: when.is?.length === 1 ? when.is[0] : (when.is ?? []) };
  return spec as unknown as FieldSpec;
}

/** The service's own fields, in order: the fields, then the documents (kind "file"). */
export const requestFields = (r: Richiesta): FieldSpec[] =>
  [...r.fields, ...r.documents.map((d): RequestField => ({ ...d, kind: 'file' }))].map(toFieldSpec);

/** Domande con graduatoria: the fields asked to complete an admitted request. */
export const requestCompletion = (r: Richiesta): FieldSpec[] | undefined =>
  r.completion?.map(toFieldSpec);

/** The payment as ServiceDefinition has it: the amount in euro cents. */
export const requestPayment = (p: NonNullable<Richiesta['payment']>) => ({
  amount: Math.round(p.amount * 100),
  description: p.description,
});
