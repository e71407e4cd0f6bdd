'use client';
import { useState, type ReactNode } from 'react';
import { RequestStatus, type RequestStatusProps } from '../RequestStatus/RequestStatus.js';
import type { ApplicationsApi, ApplicationSummary } from '../service-contracts/applications.js';
import { isServiceError } from '../service-contracts/errors.js';
import { useMessages } from '../intl/messages.js';
import { areaPersonaleMessages, type AreaPersonaleMessages } from './AreaPersonale.intl.js';

export interface RequestLookupProps extends Omit<
  RequestStatusProps,
  'code' | 'stages' | 'onLookup' | 'lookupError'
> {
  /** Where the status is read (by code: no sign-in needed). Keep it stable. */
  api: ApplicationsApi;
  /** Overrides of the default texts (`lookupNotFound`, `lookupUnavailable`). */
  lookupMessages?: Partial<Pick<AreaPersonaleMessages, 'lookupNotFound' | 'lookupUnavailable'>>;
}

/** The status of a request by its unique code, without signing in (CSE.1.9). */
export function RequestLookup({ api, lookupMessages, ...rest }: RequestLookupProps) {
  const t = useMessages(areaPersonaleMessages, lookupMessages);
  const [found, setFound] = useState<ApplicationSummary | null>(null);
  const [error, setError] = useState<ReactNode>();
  return (
    <RequestStatus
      {...rest}
      code={found?.code}
      stages={found?.stages}
      lookupError={error}
      onLookup={(code) => {
        setError(undefined);
        api.status(code).then(
          (a) => setFound(a),
          (e: unknown) => {
            setFound(null);
            setError(isServiceError(e, 'not-found') ? t.lookupNotFound : t.lookupUnavailable);
          },
        );
      }}
    />
  );
}
