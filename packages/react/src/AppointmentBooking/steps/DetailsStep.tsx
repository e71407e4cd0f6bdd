'use client';
import type { Load } from '../../forms-support/useLoad.js';
import { Select } from '../../Select/Select.js';
import { Textarea } from '../../Textarea/Textarea.js';
import type { BookingReason } from '../types.js';
import { DETAILS_MAX } from '../validate.js';
import { Loaded } from './Loaded.js';
import type { BookingStepProps } from './types.js';

/** Dettagli appuntamento: the reason and a short description. */
export function DetailsStep({
  data,
  update,
  t,
  fid,
  err,
  reasons,
}: BookingStepProps & { reasons: Load<BookingReason[]> }) {
  return (
    <>
      <Loaded res={reasons} t={t}>
        {(list) => (
          <Select
            id={fid('reason')}
            label={t.reason}
            required
            options={list.map((x) => ({ value: x.id, label: x.label }))}
            value={data.reason?.id ?? ''}
            error={err('reason')}
            onChange={(e) => update({ reason: list.find((x) => x.id === e.target.value) ?? null })}
          />
        )}
      </Loaded>
      <Textarea
        id={fid('details')}
        label={t.details}
        hint={t.detailsHint}
        required
        maxLength={DETAILS_MAX}
        value={data.details}
        error={err('details')}
        onChange={(e) => update({ details: e.target.value })}
      />
    </>
  );
}
