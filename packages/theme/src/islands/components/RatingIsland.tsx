'use client';
// The rating widget of @piazza/react as an island. It makes no network call of its own: with an
// `endpoint` the submission is POSTed there as JSON, with the page path.
import { Rating } from '@piazza/react/content';

export interface RatingIslandProps {
  /** Page the rating refers to. */
  page: string;
  /** Where to POST `{ page, rating, sentiment, answer, details }`; none: the rating stays in the browser. */
  endpoint?: string | undefined;
}

export function RatingIsland({ page, endpoint }: RatingIslandProps) {
  return (
    <div className="container py-5">
      <div className="row justify-content-center">
        <div className="col-12 col-lg-8">
          <Rating
            onSubmit={(submission) => {
              if (!endpoint) return;
              void fetch(endpoint, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ page, ...submission }),
              }).catch(() => undefined);
            }}
          />
        </div>
      </div>
    </div>
  );
}
