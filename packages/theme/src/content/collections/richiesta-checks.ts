// The checks of the online request (`request` of the scheda servizio) that look beyond one field:
// names unique and not reserved, conditions naming an earlier field with values it can have
// (`checkFields`, run by the `request` schema), and the request against the rest of the scheda —
// flow type, maxDays, payment, notice code, completion (`checkRequest`, run by the scheda servizio).
import { problem, show } from '../issues.js';
import type { IssueSink } from '../issues.js';
import { RESERVED } from './richiesta-fields.js';
import type { RequestField, Richiesta } from './richiesta-fields.js';

/** Which earlier field a condition names, and whether its value can ever match. */
export function checkFields(
  fields: readonly RequestField[],
  at: (i: number) => (string | number)[],
  ctx: IssueSink,
): void {
  const earlier = new Map<string, RequestField>();
  fields.forEach((f, i) => {
    if (RESERVED.includes(f.name))
      problem(ctx, {
        it: `nome riservato ai dati della persona o al flusso (${RESERVED.join(', ')})`,
        en: `name reserved for the personal data or the flow (${RESERVED.join(', ')})`,
        found: show(f.name),
        path: [...at(i), 'name'],
      });
    else if (earlier.has(f.name))
      problem(ctx, {
        it: 'nome già usato da un altro campo del servizio',
        en: 'name already used by another field of the service',
        found: show(f.name),
        path: [...at(i), 'name'],
      });
    const w = f.when;
    if (w) {
      const target = earlier.get(w.field);
      if (!target)
        problem(ctx, {
          it: 'la condizione deve nominare un campo che viene prima',
          en: 'the condition must name a field that comes earlier',
          found: show(w.field),
          path: [...at(i), 'when', 'field'],
        });
      else if ((target.kind === 'checkbox') !== (w.checked !== undefined))
        problem(ctx, {
          it:
            target.kind === 'checkbox'
              ? `atteso "checked: true": "${w.field}" è una casella`
              : `atteso "is" con i valori di "${w.field}": non è una casella`,
          en:
            target.kind === 'checkbox'
              ? `expected "checked: true": "${w.field}" is a checkbox`
              : `expected "is" with the values of "${w.field}": it is not a checkbox`,
          path: [...at(i), 'when'],
        });
      else if (target.options && w.is) {
        const values = target.options.map((o) => o.value);
        w.is.forEach((v, j) => {
          if (!values.includes(v))
            problem(ctx, {
              it: `atteso uno dei valori di "${w.field}": ${values.map((x) => `"${x}"`).join(', ')}`,
              en: `expected one of the values of "${w.field}": ${values.map((x) => `"${x}"`).join(', ')}`,
              found: show(v),
              path: [...at(i), 'when', 'is', j],
            });
        });
      }
    }
    earlier.set(f.name, f);
  });
}

/** Flow types whose flow has a payment step for a fixed sum (ServiceFlow requires `payment`). */
const PAYING = ['Permessi e autorizzazioni', 'Servizi a pagamento'];

/**
 * The checks between the request and the rest of the scheda: the flow type it needs, the sum a
 * paying flow needs, the notice code of Pagamenti dovuti, the completion only after a ranking.
 */
export function checkRequest(
  s: {
    request?: Richiesta | undefined;
    flowType?: string | undefined;
    maxDays?: number | undefined;
    accediAlServizio: { online?: unknown };
  },
  ctx: IssueSink,
): void {
  const r = s.request;
  if (!r) return;
  if (!s.flowType) {
    problem(ctx, {
      it: 'una richiesta online (request) richiede il tipo di flusso (flowType) dell’avviso 1.4.1',
      en: 'an online request (request) needs the flow type (flowType) of the avviso 1.4.1',
      path: ['flowType'],
    });
    return;
  }
  if (s.maxDays === undefined)
    problem(ctx, {
      it: 'una richiesta online (request) richiede i giorni massimi per l’esito (maxDays): la conferma mostra la data entro cui arriva la risposta (criterio CSE.1.10)',
      en: 'an online request (request) needs the maximum days to the outcome (maxDays): the confirmation shows the latest date for an answer (criterion CSE.1.10)',
      path: ['maxDays'],
    });
  if (s.accediAlServizio.online !== undefined)
    problem(ctx, {
      it: 'la richiesta online del sito (request) e un servizio online esterno (accediAlServizio.online) si escludono: togli uno dei due',
      en: "the site's online request (request) and an external online service (accediAlServizio.online) exclude each other: remove one",
      path: ['request'],
    });
  if (PAYING.includes(s.flowType) && !r.payment)
    problem(ctx, {
      it: `manca il pagamento (importo e causale), richiesto dal tipo di flusso "${s.flowType}" (criterio CSE.2.1)`,
      en: `missing the payment (amount and description), required by the flow type "${s.flowType}" (criterion CSE.2.1)`,
      path: ['request', 'payment'],
    });
  const due = r.fields.some((f) => f.kind === 'due');
  if (s.flowType === 'Pagamenti dovuti' && !due)
    problem(ctx, {
      it: 'manca il campo di tipo "due" (il codice avviso pagoPA), richiesto dai Pagamenti dovuti',
      en: 'missing the field of kind "due" (the pagoPA notice code), required by Pagamenti dovuti',
      path: ['request', 'fields'],
    });
  if (s.flowType !== 'Pagamenti dovuti' && due)
    problem(ctx, {
      it: `un campo di tipo "due" vale solo per i Pagamenti dovuti, non per "${s.flowType}"`,
      en: `a field of kind "due" applies only to Pagamenti dovuti, not to "${s.flowType}"`,
      path: ['request', 'fields'],
    });
  if (r.completion && s.flowType !== 'Domande con graduatoria')
    problem(ctx, {
      it: `il perfezionamento (completion) vale solo per le Domande con graduatoria, non per "${s.flowType}"`,
      en: `the completion applies only to Domande con graduatoria, not to "${s.flowType}"`,
      path: ['request', 'completion'],
    });
}
