// Storage keys of the services simulation (services-backend.ts), in a module of their own so
// that the tiny lazy entries read them without loading the islands.
export const DEMO_KEYS = {
  citizen: 'piazza:demo:citizen',
  applications: 'piazza:demo:applications',
  payments: 'piazza:demo:payments',
} as const;

/** Prefix of the drafts ServiceFlow keeps on the device (its LocalStorageDraftStore). */
export const FLOW_DRAFT_PREFIX = 'piazza:service:';
