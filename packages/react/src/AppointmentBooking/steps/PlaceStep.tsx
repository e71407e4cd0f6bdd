'use client';
import type { Load } from '../../forms-support/useLoad.js';
import { RadioGroup } from '../../RadioGroup/RadioGroup.js';
import { Select } from '../../Select/Select.js';
import type { BookingOffice, OfficeType } from '../types.js';
import { Loaded } from './Loaded.js';
import type { BookingStepProps } from './types.js';

/** Luogo: the kind of office, then one of its offices. */
export function PlaceStep({
  data,
  update,
  t,
  fid,
  err,
  types,
  offices,
  clearErrors,
}: BookingStepProps & {
  types: Load<OfficeType[]>;
  offices: Load<BookingOffice[]>;
  clearErrors: () => void;
}) {
  return (
    <>
      <Loaded res={types} t={t}>
        {(list) => (
          <Select
            id={fid('type')}
            label={t.officeType}
            required
            options={list.map((x) => ({ value: x.id, label: x.name }))}
            value={data.officeType?.id ?? ''}
            error={err('type')}
            onChange={(e) => {
              const ty = list.find((x) => x.id === e.target.value) ?? null;
              if (ty?.id !== data.officeType?.id) {
                update({ officeType: ty, office: null, slot: null, reason: null });
                // A new list of offices: no error is known about it yet.
                clearErrors();
              }
            }}
          />
        )}
      </Loaded>
      {data.officeType ? (
        <Loaded res={offices} t={t}>
          {(list) => (
            <RadioGroup
              id={fid('office')}
              label={t.office}
              required
              options={list.map((x) => ({ value: x.id, label: x.name, hint: x.address }))}
              value={data.office?.id ?? ''}
              error={err('office')}
              onValueChange={(id) => {
                if (id !== data.office?.id)
                  update({
                    office: list.find((x) => x.id === id) ?? null,
                    slot: null,
                    reason: null,
                  });
              }}
            />
          )}
        </Loaded>
      ) : null}
    </>
  );
}
