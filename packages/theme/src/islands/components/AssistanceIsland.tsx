'use client';
// The request for assistance (kit: assistenza-01-dati, assistenza-02-conferma) as an island: the
// RichiestaAssistenza form of @piazza/react. With `api` (a back office implementing
// docs/assistance-api.yaml) the requests go there through an HttpAssistanceProvider; without it
// they stay in the page (MemoryAssistanceProvider) and the island says so on screen, above the
// form: the demo never pretends that the comune received anything. What the citizen types is kept
// in the browser until sent (LocalStorageDraftStore). The server renders the form.
import { useEffect, useState } from 'react';
import { LocalStorageDraftStore } from '@piazza/react/forms';
import {
  HttpAssistanceProvider,
  MemoryAssistanceProvider,
  RichiestaAssistenza,
  type AssistanceCategory,
  type AssistanceDraft,
  type AssistanceProvider,
} from '@piazza/react/services';

/** Id of the form: its sections are `assistenza-richiedente` and `assistenza-richiesta`. */
export const ASSISTANCE_FORM_ID = 'assistenza';

export interface AssistanceIslandProps {
  /** The privacy notice the citizen accepts. */
  privacyHref: string;
  /** The sign-in page ("Hai un’identità digitale SPID o CIE? Accedi"). */
  loginHref?: string | undefined;
  /** What a request can be about: the service categories with their services, then "Altro". */
  categories: AssistanceCategory[];
  /** Base URL of the assistance back office (docs/assistance-api.yaml). */
  api?: string | undefined;
  /** Without `api`: where to write instead (the comune's e-mail), said in the demo notice. */
  email?: string | undefined;
}

export function AssistanceIsland({
  privacyHref,
  loginHref,
  categories,
  api,
  email,
}: AssistanceIslandProps) {
  // Created once per island. The store reaches localStorage only in effects, so the server
  // renders the same markup the client hydrates.
  const [provider] = useState<AssistanceProvider>(() =>
    api ? new HttpAssistanceProvider({ baseUrl: api }) : new MemoryAssistanceProvider(),
  );
  const [draftStore] = useState(() => new LocalStorageDraftStore<AssistanceDraft>());
  // `data-live` once hydrated: from then on the form is handled by the script (tests wait for it).
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  return (
    <div data-live={live ? 'true' : undefined}>
      {api ? null : (
        <div className="alert alert-warning mb-4" data-demo-notice>
          <p className="mb-0">
            Questo sito è una dimostrazione: la richiesta resta nel browser e non arriva al Comune.
            {email ? (
              <>
                {' '}
                Per una richiesta vera scrivi a <a href={`mailto:${email}`}>{email}</a>.
              </>
            ) : null}
          </p>
        </div>
      )}
      <RichiestaAssistenza
        id={ASSISTANCE_FORM_ID}
        provider={provider}
        categories={categories}
        privacyHref={privacyHref}
        draftStore={draftStore}
        {...(loginHref ? { loginHref } : {})}
      />
    </div>
  );
}
