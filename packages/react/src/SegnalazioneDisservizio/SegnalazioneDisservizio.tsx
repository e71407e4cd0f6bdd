'use client';
import { forwardRef, useMemo } from 'react';
import { useMessages } from '../intl/messages.js';
import { ServiceFlow, type ServiceFlowProps } from '../ServiceFlow/ServiceFlow.js';
import type { ServiceDefinition } from '../ServiceFlow/definition.js';
import {
  segnalazioneDisservizioMessages,
  type SegnalazioneDisservizioMessages,
} from './SegnalazioneDisservizio.intl.js';

export interface SegnalazioneDisservizioProps extends Omit<
  ServiceFlowProps,
  'service' | 'payments' | 'messages'
> {
  /** The privacy notice of the reports. */
  privacyHref: string;
  /** Days within which the comune answers a report (CSE.1.10). @default 30 */
  maxDays?: number;
  /** Overrides of the default texts (and of the categories). */
  messages?: Partial<SegnalazioneDisservizioMessages>;
  /** Overrides of the flow's texts. */
  flowMessages?: ServiceFlowProps['messages'];
}

/**
 * The report of a problem in the town (C.SI.2.4), as a real flow: "Autorizzazioni e condizioni",
 * "Dati di segnalazione" (category, place, title, description, photos), "Riepilogo", then the
 * confirmation with the report's code. A `ServiceFlow` with the segnalazione's steps: access,
 * drafts, recovery and focus work as in every service.
 */
export const SegnalazioneDisservizio = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  SegnalazioneDisservizioProps
>(function SegnalazioneDisservizio(
  { privacyHref, maxDays = 30, messages, flowMessages, ...rest },
  ref,
) {
  const t = useMessages(segnalazioneDisservizioMessages, messages);
  const service = useMemo<ServiceDefinition>(
    () => ({
      id: 'segnalazione-disservizio',
      name: t.service,
      flowType: 'segnalazione-disservizio',
      maxDays,
      privacyHref,
      fields: [
        {
          kind: 'select',
          name: 'categoria',
          label: t.category,
          required: true,
          options: t.categories.map((c) => ({ value: c, label: c })),
        },
        {
          kind: 'text',
          name: 'luogo',
          label: t.place,
          hint: t.placeHint,
          required: true,
          maxLength: 200,
          autoComplete: 'street-address',
        },
        { kind: 'text', name: 'titolo', label: t.title, required: true, maxLength: 80 },
        {
          kind: 'textarea',
          name: 'descrizione',
          label: t.description,
          hint: t.descriptionHint,
          required: true,
          maxLength: 1000,
        },
        {
          kind: 'file',
          name: 'foto',
          label: t.photos,
          hint: t.photosHint,
          accept: ['image/*'],
          maxSize: 10_000_000,
          multiple: true,
        },
      ],
    }),
    [t, maxDays, privacyHref],
  );
  return (
    <ServiceFlow
      ref={ref}
      service={service}
      messages={flowMessages}

      {...rest}
    />
  );
});
