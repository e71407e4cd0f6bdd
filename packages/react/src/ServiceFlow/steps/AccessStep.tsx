'use client';
import { ServiceAccess } from '../../ServiceAccess/ServiceAccess.js';
import type { AccessMethod, Citizen, IdentityProvider } from '../../service-contracts/identity.js';
import type { ServiceFlowMessages } from '../ServiceFlow.intl.js';

/**
 * Access with SPID, CIE or other credentials, right after the scheda (CSE.1.1). The comune's
 * gateway does the signing in; the demo's simulation says plainly that it is one.
 */
export function AccessStep({
  identity,
  returnTo,
  t,
  onSignedIn,
  onError,
  headingLevel,
}: {
  identity: IdentityProvider;
  returnTo: string;
  t: ServiceFlowMessages;
  onSignedIn: (c: Citizen) => void;
  onError: (e: unknown) => void;
  headingLevel: 2 | 3;
}) {
  if (identity.simulated && identity.signIn) {
    const go = (m: AccessMethod) => identity.signIn!(m).then(onSignedIn, onError);
    return (
      <>
        <p>{t.accessText}</p>
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
