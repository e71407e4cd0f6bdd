'use client';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
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

/** The code in the page's address (`?codice=…`): the form sent before the JavaScript ran. */
function codeInAddress(name: string): string | undefined {
  if (typeof window === 'undefined') return undefined;
  const value = new URLSearchParams(window.location.search).get(name)?.trim();
  return value ? value : undefined;
}

/** The status of a request by its unique code, without signing in (CSE.1.9). */
export function RequestLookup({
  api,
  lookupMessages,
  lookupName = 'codice',
  ...rest
}: RequestLookupProps) {
  const t = useMessages(areaPersonaleMessages, lookupMessages);
  const [found, setFound] = useState<ApplicationSummary | null>(null);
  const [error, setError] = useState<ReactNode>();
  const [fromAddress, setFromAddress] = useState<string>();
  const lookup = useCallback(
    (code: string) => {
      setError(undefined);
      api.status(code).then(
        (a) => setFound(a),
        (e: unknown) => {
          setFound(null);
          setError(isServiceError(e, 'not-found') ? t.lookupNotFound : t.lookupUnavailable);
        },
      );
    },
    [api, t.lookupNotFound, t.lookupUnavailable],
  );
  // A search sent before the page's JavaScript ran came back as `?codice=…`: look it up.
  useEffect(() => {
    const code = codeInAddress(lookupName);
    if (code === undefined) return;
    setFromAddress(code);
    lookup(code);
    // once, on mount
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <RequestStatus
      {...rest}
      // remounted with the code read back from the address, so the field shows it
      key={fromAddress ?? ''}
      lookupName={lookupName}
      {...(fromAddress ? { defaultLookupCode: fromAddress } : {})}
      code={found?.code}
      stages={found?.stages}
      lookupError={error}
      onLookup={lookup}
    />
  );
}
