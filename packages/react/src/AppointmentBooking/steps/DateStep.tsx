'use client';
import { formatDate } from '../../forms-support/dates.js';
import type { Load } from '../../forms-support/useLoad.js';
import { RadioGroup } from '../../RadioGroup/RadioGroup.js';
import { Select } from '../../Select/Select.js';
import type { BookingSlot } from '../types.js';
import { slotDay, slotTime } from './format.js';
import { Loaded } from './Loaded.js';
import type { BookingStepProps } from './types.js';

/** Data e orario: the office chosen, the month, then a free slot. */
export function DateStep({
  data,
  update,
  t,
  fid,
  err,
  locale,
  months,
  month,
  slots,
  slotTaken,
}: BookingStepProps & {
  /** The months offered ("2026-02"). */
  months: string[];
  /** The month shown. */
  month: string;
  slots: Load<BookingSlot[]>;
  /** The slot chosen was taken meanwhile: say so. */
  slotTaken: boolean;
}) {
  const o = data.office;
  return (
    <>
      {o ? (
        <div className="border rounded shadow-sm p-3 p-md-4 mb-4">
          <p className="fw-semibold mb-2">{o.name}</p>
          <dl className="small mb-0">
            <dt>{t.address}</dt>
            <dd>{o.address}</dd>
            <dt>{t.hours}</dt>
            <dd className="mb-0">{o.hours}</dd>
          </dl>
        </div>
      ) : null}
      {slotTaken ? (
        <div className="alert alert-warning" role="alert">
          {t.slotTaken}
        </div>
      ) : null}
      <Select
        id={fid('month')}
        label={t.month}
        required
        placeholder={false}
        options={months.map((m) => ({
          value: m,
          label: formatDate(`${m}-15T12:00:00Z`, locale, {
            month: 'long',
            year: 'numeric',
          }),
        }))}
        value={month}
        onChange={(e) => update({ month: e.target.value, slot: null })}
      />
      <Loaded res={slots} t={t}>
        {(list) =>
          list.length ? (
            <RadioGroup
              id={fid('slot')}
              label={t.slots}
              hint={t.slotsHint}
              required
              options={list.map((x) => ({
                value: x.start,
                label: `${slotDay(x, locale)}, ${slotTime(x, locale)}`,
              }))}
              value={data.slot?.start ?? ''}
              error={err('slot')}
              onValueChange={(start) =>
                update({ slot: list.find((x) => x.start === start) ?? null })
              }
            />
          ) : (
            <p id={fid('slot')} tabIndex={-1}>
              {t.noSlots}
            </p>
          )
        }
      </Loaded>
    </>
  );
}
