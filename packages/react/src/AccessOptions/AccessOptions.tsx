'use client';
import { useMessages } from '../intl/messages.js';
import { ServiceAccess } from '../ServiceAccess/ServiceAccess.js';
import type { AccessMethod, Citizen, IdentityProvider } from '../service-contracts/identity.js';
import { accessOptionsMessages, type AccessOptionsMessages } from './AccessOptions.intl.js';

export type { AccessOptionsMessages } from './AccessOptions.intl.js';

export interface AccessOptionsProps {
  /** Who signs the citizen in: the comune's gateway, or a simulation (`simulated` and `signIn`). */
  identity: IdentityProvider;
  /** Where the gateway sends the citizen back. */
  returnTo: string;
  /** Called with the citizen after a simulated sign-in. */
  onSignedIn: (c: Citizen) => void;
  /** Called when a simulated sign-in fails. */
  onError: (e: unknown) => void;
  /** Level of the heading of the SPID and CIE buttons (`ServiceAccess`). */
  headingLevel: 2 | 3;
  /**
   * The `accessText` line above the simulated sign-in. `false` when the page says it already
   * (the area personale does, for both ways of signing in). @default true
   */
  showText?: boolean;
  messages?: Partial<AccessOptionsMessages>;
}

/**
 * The ways of signing in with SPID, CIE or other credentials (CSE.1.1): the access step of
 * ServiceFlow, and the access of the area personale. The comune's gateway does the signing in
 * (links to it, `ServiceAccess`); the demo's simulation says plainly that it is one.
 */
export function AccessOptions({
  identity,
  returnTo,
  onSignedIn,
  onError,
  headingLevel,
  showText = true,
  messages,
}: AccessOptionsProps) {
  const t = useMessages(accessOptionsMessages, messages);
  if (identity.simulated && identity.signIn) {
    const go = (m: AccessMethod) => identity.signIn!(m).then(onSignedIn, onError);
    return (
      <>
        {showText ? <p>{t.accessText}</p> : null}
        <p className="alert alert-warning">{t.simulatedAccess}</p>
        <div className="d-flex flex-wrap gap-3">
          <button type="button" className="btn btn-primary" onClick={() => go('spid')}>
            {t.simulatedSpid}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => go('cie')}>
            {t.simulatedCie}
          </button>
        </div>
      </>
    );
  }
  return (
    <>
      <ServiceAccess
        headingLevel={headingLevel}
        spidProviders={identity.spidProviders.map((p) => ({
          name: p.name,
          href: identity.loginHref('spid', returnTo, p.id),
        }))}
        cieHref={identity.loginHref('cie', returnTo)}
      />
      <p>
        <a href={identity.loginHref('other', returnTo)}>{t.otherAccess}</a>
      </p>
    </>
  );
}
