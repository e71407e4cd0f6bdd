'use client';
// The rating widget (C.SI.2.5, C.SI.2.6), with the checker's texts from @piazza/vocabularies.
// Both follow-up containers are in the DOM from page load (hidden, never unmounted); a click on a
// star shows the right one synchronously (flushSync).
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { FEEDBACK, isPositiveRating } from '@piazza/vocabularies';
import { Icon } from '@piazza/react';

export interface RatingWidgetProps {
  /** Page the rating refers to (sent with it). */
  page: string;
  /** Where to POST the rating; without it the rating stays in the browser. */
  endpoint?: string | undefined;
}

type Step = 'rate' | 'details' | 'done';

export function RatingWidget({ page, endpoint }: RatingWidgetProps) {
  const id = useId();
  const [rating, setRating] = useState(0);
  const [step, setStep] = useState<Step>('rate');
  const [answer, setAnswer] = useState('');
  const [text, setText] = useState('');
  const thanks = useRef<HTMLParagraphElement>(null);
  const positive = rating > 0 && isPositiveRating(rating);
  const negative = rating > 0 && !isPositiveRating(rating);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const payload = { page, rating, answer, text };
    if (endpoint) {
      void fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      }).catch(() => undefined);
    }
    flushSync(() => setStep('done'));
    thanks.current?.focus();
  };

  const followUp = (kind: 'positive' | 'negative', shown: boolean) => {
    const data = FEEDBACK[kind];
    return (
      <fieldset
        className="fieldset-rating-one"
        data-element={data.dataElement}
        hidden={!shown || step !== 'details'}
      >
        <legend className="iscrizioni-header w-100">
          <span className="h5 d-block mb-3" data-element={data.question.dataElement}>
            {data.question.text}
          </span>
        </legend>
        <div className="iscrizioni-header w-100">
          <p className="title-medium-2-semi-bold mb-3">{FEEDBACK.step2Title}</p>
        </div>
        {data.answers.texts.map((label, i) => (
          <div className="form-check" key={label}>
            <input
              type="radio"
              className="form-check-input"
              id={`${id}-${kind}-${String(i)}`}
              name={`${id}-${kind}`}
              value={label}
              checked={answer === label}
              onChange={() => setAnswer(label)}
            />
            <label
              className="form-check-label"
              htmlFor={`${id}-${kind}-${String(i)}`}
              data-element={data.answers.dataElement}
            >
              {label}
            </label>
          </div>
        ))}
      </fieldset>
    );
  };

  return (
    <section className="cmp-rating pt-lg-80 pb-lg-80" data-element={FEEDBACK.dataElement}>
      <div className="container">
        <div className="row">
          <div className="col-12 col-lg-8 offset-lg-2">
            <div className="card shadow card-wrapper">
              <div className="card-body">
                <form onSubmit={submit}>
                  <h2 className="h4 text-center" data-element={FEEDBACK.title.dataElement}>
                    {FEEDBACK.title.text}
                  </h2>
                  <fieldset className="rating d-flex justify-content-center" hidden={step === 'done'}>
                    <legend className="visually-hidden">Valuta da 1 a 5 stelle la pagina</legend>
                    {[5, 4, 3, 2, 1].map((n) => (
                      <span key={n} className="d-inline-flex">
                        <input
                          type="radio"
                          id={`${id}-star${String(n)}`}
                          name={`${id}-rating`}
                          value={n}
                          checked={rating === n}
                          onChange={() =>
                            flushSync(() => {
                              setRating(n);
                              setAnswer('');
                              setStep('details');
                            })
                          }
                        />
                        <label
                          className={`full rating-star${rating >= n ? ' active' : ''}`}
                          htmlFor={`${id}-star${String(n)}`}
                          data-element={`${FEEDBACK.rate.dataElementPrefix}${String(n)}`}
                        >
                          <Icon name={rating >= n ? 'star-full' : 'star-outline'} size="sm" color="primary" />
                          <span className="visually-hidden">{`Valuta ${String(n)} stelle su 5`}</span>
                        </label>
                      </span>
                    ))}
                  </fieldset>
                  {followUp('positive', positive)}
                  {followUp('negative', negative)}
                  <div className="form-group mt-3" hidden={step !== 'details'}>
                    <label htmlFor={`${id}-text`} className="active">
                      Dettaglio (facoltativo)
                    </label>
                    <textarea
                      id={`${id}-text`}
                      className="form-control"
                      data-element={FEEDBACK.inputText.dataElement}
                      maxLength={200}
                      value={text}
                      onChange={(e) => setText(e.target.value)}
                    />
                    <div className="d-flex justify-content-end mt-3">
                      <button type="submit" className="btn btn-primary">
                        Invia
                      </button>
                    </div>
                  </div>
                  <p
                    ref={thanks}
                    tabIndex={-1}
                    className="text-center mt-3 mb-0"
                    hidden={step !== 'done'}
                    role="status"
                  >
                    {FEEDBACK.thanks}
                  </p>
                </form>
              </div>
            </div>
          </div>
        </div>
      </div>
    </section>
  );
}
