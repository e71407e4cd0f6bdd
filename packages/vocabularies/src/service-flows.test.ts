// @vitest-environment node
import { readFileSync } from 'node:fs';
import { AREA_PERSONALE_TABS, FLOW_STEPS, FLOW_STEP_LABELS, TIPI_FLUSSO } from './index.js';

const fixture = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8')) as T;
const kit = fixture<{ stepLists: Record<string, Record<string, string[]>> }>(
  'flow-step-lists.json',
).stepLists;
const templates = fixture<{ 'step-list': Record<string, { title: string }[]> }>(
  'templates-step-lists.json',
)['step-list'];

// The kit's list of a flow, spelling normalised as documented in service-flows.ts.
const first = (file: string) =>
  Object.values(kit[file] ?? {})[0]!.map((l) => (l === 'Dati Generali' ? 'Dati generali' : l));
const withoutPayment = (steps: readonly string[]) => steps.filter((s) => s !== 'Pagamento');

describe('the step lists of the service flows', () => {
  it('has a list for each of the five flow types and for the segnalazione', () => {
    expect(Object.keys(FLOW_STEPS).sort()).toEqual(
      [...TIPI_FLUSSO.map((t) => t.slug), 'segnalazione-disservizio'].sort(),
    );
  });

  it('are the lists of the template kit, "Pagamento" added where the flow pays', () => {
    expect(withoutPayment(FLOW_STEPS['permessi-e-autorizzazioni'])).toEqual(
      first('permessi-autorizzazioni'),
    );
    expect(FLOW_STEPS['domande-con-graduatoria']).toEqual(first('iscrizione-graduatoria'));
    expect(withoutPayment(FLOW_STEPS['servizi-a-pagamento'])).toEqual(first('servizi-pagamento'));
    expect(FLOW_STEPS['vantaggi-economici']).toEqual(first('vantaggi-economici'));
    expect(withoutPayment(FLOW_STEPS['pagamenti-dovuti'])).toEqual(first('pagamenti-dovuti-multa'));
    expect(FLOW_STEPS['segnalazione-disservizio']).toEqual(
      templates['disservizio-step-1']!.map((s) => s.title),
    );
  });

  it('every label is one of FLOW_STEP_LABELS (one definition per label)', () => {
    const labels = new Set<string>(Object.values(FLOW_STEP_LABELS));
    for (const list of Object.values(FLOW_STEPS)) for (const l of list) expect(labels).toContain(l);
  });

  it('the area personale has the four tabs of the kit', () => {
    expect(AREA_PERSONALE_TABS).toEqual(templates['tab-area-personale-1']!.map((t) => t.title));
  });
});
