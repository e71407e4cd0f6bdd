// Where the built site's islands send what citizens submit: from the site settings. `backOffice`
// (the Piazza WordPress plugin's REST base, e.g. https://wp.comune.it/wp-json/piazza/v1) fills in
// every address the settings leave out: booking (`bookingApi`), the rating (`ratingEndpoint` →
// /feedback), the request for assistance (→ /assistance, docs/assistance-api.yaml) and the online
// requests (`servicesApi.applications`, docs/applications-api.yaml). The origins of all of them go
// into the CSP's connect-src. No Node-only imports: the build and the server both use it.
import type { Site } from './content/model.js';

export interface BackOfficeEndpoints {
  /** Base URL of docs/booking-api.yaml. */
  booking?: string;
  /** Where the rating widget POSTs. */
  rating?: string;
  /** Base URL of docs/assistance-api.yaml (POST {base}/requests). */
  assistance?: string;
  /** Base URL of docs/applications-api.yaml. */
  applications?: string;
  /** The other origins the pages call (sorted, unique): the CSP's connect-src. */
  origins: string[];
}

type BackOfficeSettings = Pick<
  Site,
  'backOffice' | 'bookingApi' | 'ratingEndpoint' | 'servicesApi' | 'baseUrl'
>;

/** The origin of an absolute http(s) address; null for a path of the site or anything else. */
export function originOf(address: string | undefined): string | null {
  if (!address || !/^https?:\/\//i.test(address)) return null;
  try {
    return new URL(address).origin;
  } catch {
    return null;
  }
}

/** The addresses the islands use, and the origins the policy must let them reach. */
export function backOfficeEndpoints(site: BackOfficeSettings): BackOfficeEndpoints {
  const base = site.backOffice?.replace(/\/+$/, '');
  const pick = (own: string | undefined, path: string) =>
    own ?? (base ? `${base}${path}` : undefined);
  const out: BackOfficeEndpoints = { origins: [] };
  const booking = pick(site.bookingApi, '');
  const rating = pick(site.ratingEndpoint, '/feedback');
  const assistance = pick(undefined, '/assistance');
  const applications = pick(site.servicesApi?.applications, '');
  if (booking) out.booking = booking;
  if (rating) out.rating = rating;
  if (assistance) out.assistance = assistance;
  if (applications) out.applications = applications;
  const own = originOf(site.baseUrl);
  const origins = new Set<string>();
  for (const a of [
    booking,
    rating,
    assistance,
    applications,
    site.servicesApi?.identity,
    site.servicesApi?.payments,
  ]) {
    const o = originOf(a);
    if (o && o !== own) origins.add(o);
  }
  out.origins = [...origins].sort();
  return out;
}
