import type { HTMLAttributes, ReactNode } from 'react';
import type { DraftStore } from '../AppointmentBooking/drafts.js';
import type { ApplicationsApi } from '../service-contracts/applications.js';
import type { Citizen, IdentityProvider } from '../service-contracts/identity.js';
import type { PaymentsProvider } from '../service-contracts/payments.js';
import type { ServiceDefinition } from './definition.js';
import type { ServiceFlowDraft } from './draft.js';
import type { ServiceFlowMessages } from './ServiceFlow.intl.js';

export interface ServiceFlowProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The service, as typed data (fields, conditions, payment, maximum time). */
  service: ServiceDefinition;
  /** Where drafts, files and the request go. Keep it stable. */
  api: ApplicationsApi;
  /** Who is signed in (the comune's SPID/CIE gateway, or the demo's simulation). Keep it stable. */
  identity: IdentityProvider;
  /** Where sums are paid (pagoPA); required when the flow pays. Keep it stable. */
  payments?: PaymentsProvider;
  /**
   * Where the flow keeps what is typed, on every change, so that nothing is lost on reload,
   * failure or an expired session (CSE.1.6). `null` turns it off.
   * @default a LocalStorageDraftStore (kept 366 days)
   */
  draftStore?: DraftStore<ServiceFlowDraft> | null;
  /**
   * Who is signed in, when the page already knows it (server render): the first step renders at
   * once; `null` shows the access. The flow still asks `identity` in the browser.
   */
  citizen?: Citizen | null;
  /**
   * Domande con graduatoria: the code of an admitted request to complete (perfezionamento). The
   * flow asks the service's `completion` fields, shows the recap and sends them to
   * `api.complete`.
   */
  completes?: string;
  /** Start from this draft (e.g. one resumed from the area personale). */
  initialDraft?: ServiceFlowDraft;
  /** The page of the request's status (the area personale, or the lookup by code). */
  statusHref: string;
  /** Where the gateway and pagoPA send the citizen back. @default '' (this page) */
  returnTo?: string;
  /** The rating suggested at the end (CSE.1.7), e.g. a `Rating`. */
  rating?: ReactNode;
  /** Or a link to it. */
  ratingHref?: string;
  /** Level of the step headings. @default 2 */
  headingLevel?: 2 | 3;
  /** The clock (draft dates). @default () => new Date() */
  now?: () => Date;
  /** Overrides of the default texts. */
  messages?: Partial<ServiceFlowMessages>;
}
