// Provenance: pa-website-validator-ng v1.1.38 (commit bb31fe9), italia/pa-website-validator-ng,
// extracted as checker/metatag-service-jsonschema.json. Copied verbatim (data only); do not edit by hand.

import type { JsonSchema } from '../schema.js';

export const METATAG_TOTAL_VOICES = 10;
export const METATAG_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    name: {
      type: 'string',
      minLength: 1,
    },
    serviceType: {
      type: 'string',
      minLength: 1,
    },
    serviceOperator: {
      type: 'object',
      properties: {
        name: {
          type: 'string',
          minLength: 1,
        },
      },
      required: ['name'],
    },
    areaServed: {
      type: 'object',
      properties: {
        name: {
          type: 'string',
          minLength: 1,
        },
      },
      required: ['name'],
    },
    audience: {
      type: 'object',
      properties: {
        audienceType: {
          type: 'string',
          minLength: 1,
        },
      },
      required: ['audienceType'],
    },
    availableChannel: {
      type: 'object',
      properties: {
        serviceUrl: {
          type: 'string',
          minLength: 1,
        },
        serviceLocation: {
          type: 'object',
          properties: {
            name: {
              type: 'string',
              minLength: 1,
            },
            address: {
              type: 'object',
              properties: {
                streetAddress: {
                  type: 'string',
                  minLength: 1,
                },
                postalCode: {
                  type: 'string',
                  minLength: 1,
                },
                addressLocality: {
                  type: 'string',
                  minLength: 1,
                },
              },
              required: ['streetAddress', 'postalCode', 'addressLocality'],
            },
          },
          required: ['name', 'address'],
        },
      },
      required: ['serviceUrl', 'serviceLocation'],
    },
  },
  required: [
    'name',
    'serviceType',
    'serviceOperator',
    'areaServed',
    'audience',
    'availableChannel',
  ],
};
