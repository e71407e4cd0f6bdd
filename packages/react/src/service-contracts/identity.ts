// The identity contract (docs/applications-api.yaml, "Identity"): the signed-in citizen as the
// comune's SPID/CIE gateway reports it. Piazza never sees SPID or CIE credentials: it links to the
// gateway's login pages and reads who signed in.
import { ServiceError } from './errors.js';
import { HttpContract, type HttpContractOptions } from './http.js';
import { obj, oneOf, optStr, str, type Check } from './shape.js';

/** How the citizen signed in. */
export type AccessMethod = 'spid' | 'cie' | 'other';

/** The signed-in citizen, as certified by the identity provider. */
export interface Citizen {
  fiscalCode: string;
  name: string;
  surname: string;
  email?: string;
  phone?: string;
  method: AccessMethod;
}

/** A SPID identity provider offered on the access step. */
export interface IdentityProviderEntry {
  id: string;
  name: string;
}

/** Who is signed in, and where to sign in. */
export interface IdentityProvider {
  /** True for the demo's simulation: the screens say so plainly. */
  readonly simulated: boolean;
  /** The SPID identity providers to list. */
  readonly spidProviders: readonly IdentityProviderEntry[];
  /** The signed-in citizen, or `null`. */
  current(signal?: AbortSignal): Promise<Citizen | null>;
  /** The gateway's login page for `method` (and SPID provider `idp`), back to `returnTo`. */
  loginHref(method: AccessMethod, returnTo: string, idp?: string): string;
  /** Signs in without leaving the page: only the simulation has it. */
  signIn?(method: AccessMethod): Promise<Citizen>;
}

const citizenShape: Check<Citizen> = (x, at) => {
  const o = obj(x, at);
  return {
    fiscalCode: str(o.fiscalCode, `${at}.fiscalCode`),
    name: str(o.name, `${at}.name`),
    surname: str(o.surname, `${at}.surname`),
    email: optStr(o.email, `${at}.email`),
    phone: optStr(o.phone, `${at}.phone`),
    method: oneOf(['spid', 'cie', 'other'] as const)(o.method, `${at}.method`),
  };
};

export interface HttpIdentityProviderOptions extends HttpContractOptions {
  /** The SPID identity providers to list (the gateway's own list). */
  spidProviders: readonly IdentityProviderEntry[];
}

/**
 * The gateway over HTTP: `GET {baseUrl}/me` → the citizen, 401 when nobody is signed in;
 * `{baseUrl}/login/{method}?idp=…&returnTo=…` is the gateway's login page.
 */
export class HttpIdentityProvider implements IdentityProvider {
  readonly simulated = false;
  readonly spidProviders: readonly IdentityProviderEntry[];
  private readonly http: HttpContract;
  constructor({ spidProviders, ...options }: HttpIdentityProviderOptions) {
    this.http = new HttpContract('HttpIdentityProvider', options);
    this.spidProviders = spidProviders ?? [];
  }
  async current(signal?: AbortSignal): Promise<Citizen | null> {
    try {
      return await this.http.call('/me', { signal }, citizenShape);
    } catch (e) {
      if (e instanceof ServiceError && e.kind === 'session-expired') return null;
      throw e;
    }
  }
  loginHref(method: AccessMethod, returnTo: string, idp?: string): string {
    const q = new URLSearchParams({ ...(idp ? { idp } : {}), returnTo });
    return this.http.url(`/login/${method}?${q}`);
  }
}

/** A fictitious citizen for the demo. */
export const SIMULATED_CITIZEN: Citizen = Object.freeze({
  fiscalCode: 'RSSMRA85T10A562S',
  name: 'Maria',
  surname: 'Rossi',
  email: 'maria.rossi@esempio.it',
  phone: '333 123 4567',
  method: 'spid',
});

/**
 * The demo's identity: nobody signed in until `signIn`, then a fictitious citizen. No credential
 * is asked or sent. `expire()` ends the session, as a gateway does after a while.
 */
export class SimulatedIdentity implements IdentityProvider {
  readonly simulated = true;
  readonly spidProviders: readonly IdentityProviderEntry[] = [
    { id: 'demo', name: 'Provider SPID simulato' },
  ];
  private citizen: Citizen | null;
  private readonly profile: Citizen;
  constructor(options: { signedIn?: boolean; citizen?: Citizen } = {}) {
    this.profile = options.citizen ?? SIMULATED_CITIZEN;
    this.citizen = options.signedIn ? this.profile : null;
  }
  async current(): Promise<Citizen | null> {
    return this.citizen;
  }
  loginHref(): string {
    return '#';
  }
  async signIn(method: AccessMethod): Promise<Citizen> {
    this.citizen = { ...this.profile, method };
    return this.citizen;
  }
  /** True while someone is signed in. */
  get signedIn(): boolean {
    return this.citizen !== null;
  }
  /** Ends the session (the next authenticated call fails with 'session-expired'). */
  expire(): void {
    this.citizen = null;
  }
  /** Throws 'session-expired' when nobody is signed in. */
  require(): Citizen {
    if (!this.citizen) throw new ServiceError('session-expired', 'simulated session ended');
    return this.citizen;
  }
}
