'use client';
import { TextField } from '../../TextField/TextField.js';
import type { Applicant } from '../types.js';
import type { BookingStepProps } from './types.js';

/** Richiedente: who books; what the signed-in citizen's profile says is read-only (CSE.1.5). */
export function ApplicantStep({
  data,
  update,
  t,
  fid,
  err,
  citizen,
}: BookingStepProps & { citizen?: Partial<Applicant> }) {
  const a = data.applicant;
  const field = (k: keyof Applicant, label: string, extra: object) => (
    <TextField
      id={fid(k)}
      label={label}
      value={a[k]}
      readOnly={!!citizen?.[k]}
      error={err(k)}
      onChange={(e) => update({ applicant: { ...a, [k]: e.target.value } })}
      {...extra}
    />
  );
  return (
    <>
      {citizen ? <p className="alert alert-info">{t.fromProfile}</p> : null}
      {field('name', t.name, { required: true, autoComplete: 'given-name' })}
      {field('surname', t.surname, {
        required: true,
        autoComplete: 'family-name',
      })}
      {field('email', t.email, {
        required: true,
        type: 'email',
        autoComplete: 'email',
      })}
      {field('phone', t.phone, {
        type: 'tel',
        autoComplete: 'tel',
        hint: t.phoneHint,
      })}
    </>
  );
}
