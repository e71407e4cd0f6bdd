import type { ReactElement } from 'react';
import { defineExamples } from '../utils/examples.js';
import { AppointmentBooking, type AppointmentBookingProps } from './AppointmentBooking.js';
import {
  MemoryBookingProvider,
  type MemoryBookingProviderOptions,
} from './MemoryBookingProvider.js';

/** The fixed "today" of the examples and tests: Monday 2 February 2026, 9:00 in Rome. */
export const EXAMPLE_NOW = new Date('2026-02-02T08:00:00Z');
const now = () => EXAMPLE_NOW;

/** A page around the flow (the flow is a component: the page gives `main` and `h1`). */
function page(
  draftKey: string,
  options: MemoryBookingProviderOptions = {},
  props: Partial<AppointmentBookingProps> = {},
): ReactElement {
  return (
    <main className="container py-4">
      <h1 className="mb-4">Prenotazione appuntamento</h1>
      <AppointmentBooking
        provider={new MemoryBookingProvider({ now, ...options })}
        now={now}
        draftKey={draftKey}
        privacyHref="/privacy/"
        ratingHref="/servizi/prenotazione-appuntamento/valutazione/"
        statusHref="/area-personale/appuntamenti/"
        {...props}
      />
    </main>
  );
}

export const examples = defineExamples({
  default: {
    name: 'Prenotazione completa',
    description:
      'Il flusso con il fornitore in memoria (uffici del Comune di Esempio), bozze nel browser, ' +
      'riepilogo, conferma con il file .ics e l’invito a valutare il servizio.',
    page: true,
    render: () => page('booking-default'),
  },
  signedIn: {
    name: 'Cittadino autenticato',
    description: 'I dati del richiedente arrivano dal profilo e non si reinseriscono (CSE.1.5).',
    page: true,
    render: () =>
      page(
        'booking-signed-in',
        {},
        {
          citizen: { name: 'Maria', surname: 'Bianchi', email: 'maria.bianchi@example.com' },
        },
      ),
  },
  submitFails: {
    name: 'Invio non riuscito, poi riuscito',
    description:
      'Il primo invio fallisce: un errore con "Riprova", e nulla di quanto inserito va perso.',
    page: true,
    render: () => page('booking-submit-fails', { failSubmits: 1 }),
  },
  slotTaken: {
    name: 'Orario preso nel frattempo',
    description:
      'All’invio l’orario risulta preso: si torna a "Data e orario" con un messaggio chiaro.',
    page: true,
    render: () => page('booking-slot-taken', { takeSlotOnSubmit: 1 }),
  },
  slow: {
    name: 'Servizio lento',
    description: 'Ogni risposta arriva dopo 1,5 secondi: il flusso mostra l’avanzamento.',
    page: true,
    render: () => page('booking-slow', { delayMs: 1500 }),
  },
  loadFails: {
    name: 'Caricamento non riuscito',
    description: 'Il primo caricamento fallisce: un errore con "Riprova".',
    page: true,
    render: () => page('booking-load-fails', { failLoads: 1 }),
  },
});
