'use client';
// The rating widget of @piazza/react as an island. With an `endpoint` (Site.ratingEndpoint) the
// submission is POSTed there as JSON, with the page path, within a time limit: a network error,
// a status other than 2xx or no answer in time show an error with a retry, and the answers stay.
// Without an endpoint the rating goes nowhere, and the widget says so instead of thanking.
import { Rating, type RatingOutcome, type RatingSubmission } from '@piazza/react/content';

export interface RatingIslandProps {
  /** Page the rating refers to. */
  page: string;
  /**
   * Where to POST `{ page, rating, sentiment, answer, details }` (Site.ratingEndpoint). None, empty
   * or an unfilled `{{placeholder}}`: nothing is sent, and the widget says so.
   */
  endpoint?: string | undefined;
  /** Time limit of the POST, in ms. @default 10000 */
  timeoutMs?: number | undefined;
}

/** Default time limit of sending a rating, in ms. */
export const RATING_TIMEOUT_MS = 10000;

/** Whether `endpoint` is an address to send to (not empty, not an unfilled placeholder). */
export function hasEndpoint(endpoint: string | undefined): endpoint is string {
  return typeof endpoint === 'string' && endpoint.trim() !== '' && !endpoint.includes('{{');
}

/**
 * POSTs the rating as JSON; resolves once the endpoint answers 2xx. Rejects on a network error,
 * any other status, or no answer within `timeoutMs` (the request is then aborted).
 */
export async function sendRating(
  endpoint: string,
  body: { page: string } & RatingSubmission,
  timeoutMs = RATING_TIMEOUT_MS,
): Promise<void> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`no answer from ${endpoint} within ${String(timeoutMs)} ms`));
    }, timeoutMs);
  });
  try {
    const res = await Promise.race([
      fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: controller.signal,
      }),
      late,
    ]);
    if (!res.ok) throw new Error(`${endpoint} answered HTTP ${String(res.status)}`);
  } finally {
    clearTimeout(timer);
  }
}

export function RatingIsland({ page, endpoint, timeoutMs }: RatingIslandProps) {
  return (
    <div className="container py-5">
      <div className="row justify-content-center">
        <div className="col-12 col-lg-8">
          <Rating
            onSubmit={(submission): RatingOutcome | Promise<void> =>
              hasEndpoint(endpoint)
                ? sendRating(endpoint, { page, ...submission }, timeoutMs)
                : 'not-sent'
            }
          />
        </div>
      </div>
    </div>
  );
}
