import type { CategoriaServizio } from '@piazza/vocabularies';
import { PiazzaPropError } from '../utils/errors.js';

/** What the service metadata (JSON-LD, R.SI.1.1) says about a service. */
export interface ServiceMetadata {
  /** Name of the service. */
  name: string;
  /** Type of service: its category, e.g. "Anagrafe e stato civile". */
  serviceType: CategoriaServizio | string;
  /** Who provides it, e.g. "Comune di Esempio". */
  operator: string;
  /** Area served, e.g. "Esempio". */
  areaServed: string;
  /** Who it is for, e.g. "Cittadini residenti". */
  audience: string;
  /** URL of the service (its online access, or the service page). */
  url: string;
  /** Where it is provided. */
  location: {
    name: string;
    streetAddress: string;
    postalCode: string;
    addressLocality: string;
  };
}

const REQUIRED: Array<[string, (m: ServiceMetadata) => unknown]> = [
  ['name', (m) => m.name],
  ['serviceType', (m) => m.serviceType],
  ['operator', (m) => m.operator],
  ['areaServed', (m) => m.areaServed],
  ['audience', (m) => m.audience],
  ['url', (m) => m.url],
  ['location.name', (m) => m.location?.name],
  ['location.streetAddress', (m) => m.location?.streetAddress],
  ['location.postalCode', (m) => m.location?.postalCode],
  ['location.addressLocality', (m) => m.location?.addressLocality],
];

/**
 * The schema.org `GovernmentService` object of a service, shaped as the checker's JSON schema
 * wants it (checker/metatag-service-jsonschema.json): name, serviceType, serviceOperator.name,
 * areaServed.name, audience.audienceType, availableChannel.serviceUrl and serviceLocation
 * (name, address: streetAddress, postalCode, addressLocality).
 */
export function serviceJsonLd(m: ServiceMetadata): Record<string, unknown> {
  for (const [prop, get] of REQUIRED) {
    const v = get(m);
    if (typeof v !== 'string' || v.trim() === '') {
      throw new PiazzaPropError(
        'ServiceMetatag',
        `metadata.${prop}`,
        'must be a non-empty string',
        v,
      );
    }
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: m.name,
    serviceType: m.serviceType,
    serviceOperator: { '@type': 'GovernmentOrganization', name: m.operator },
    areaServed: { '@type': 'AdministrativeArea', name: m.areaServed },
    audience: { '@type': 'Audience', audienceType: m.audience },
    availableChannel: {
      '@type': 'ServiceChannel',
      serviceUrl: m.url,
      serviceLocation: {
        '@type': 'Place',
        name: m.location.name,
        address: {
          '@type': 'PostalAddress',
          streetAddress: m.location.streetAddress,
          postalCode: m.location.postalCode,
          addressLocality: m.location.addressLocality,
        },
      },
    },
  };
}

export interface ServiceMetatagProps {
  metadata: ServiceMetadata;
}

/**
 * The service metadata as `<script type="application/ld+json" data-element="metatag">`
 * (R.SI.1.1). `<` is escaped so that no text can close the script.
 */
export function ServiceMetatag({ metadata }: ServiceMetatagProps) {
  const json = JSON.stringify(serviceJsonLd(metadata)).replace(/</g, '\\u003c');
  return (
    <script
      type="application/ld+json"
      data-element="metatag"
      dangerouslySetInnerHTML={{ __html: json }}
    />
  );
}
