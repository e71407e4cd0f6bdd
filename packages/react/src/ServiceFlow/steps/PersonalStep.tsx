'use client';
import { TextField } from '../../TextField/TextField.js';
import type { PersonalKey } from '../definition.js';
import { FieldList } from './FieldList.js';
import type { StepProps } from './types.js';

const FIELDS: readonly {
  key: PersonalKey;
  format?: 'email' | 'phone' | 'codiceFiscale';
  auto: string;
  type?: 'email' | 'tel';
}[] = [
  { key: 'name', auto: 'given-name' },
  { key: 'surname', auto: 'family-name' },
  { key: 'fiscalCode', format: 'codiceFiscale', auto: 'off' },
  { key: 'email', format: 'email', auto: 'email', type: 'email' },
  { key: 'phone', format: 'phone', auto: 'tel', type: 'tel' },
];
export const PERSONAL_FIELDS = FIELDS;
export const DEFAULT_EDITABLE: readonly PersonalKey[] = ['email', 'phone'];

/**
 * "Dati generali": the citizen's data from the identity (CSE.1.5), editable only where the
 * service allows; in flows without "Preferenze di servizio", the service's fields too.
 */
export function PersonalStep(props: StepProps & { withFields: boolean }) {
  const { service, state, dispatch, t, fid, errorOf, withFields } = props;
  const editable = service.editable ?? DEFAULT_EDITABLE;
  return (
    <>
      <p className="alert alert-info">{t.fromIdentity}</p>
      {FIELDS.map(({ key, auto, type }) => (
        <TextField
          key={key}
          id={fid(key)}
          label={t[key]}
          type={type ?? 'text'}
          autoComplete={auto}
          required={key !== 'phone'}
          readOnly={!editable.includes(key)}
          value={typeof state.values[key] === 'string' ? (state.values[key] as string) : ''}
          error={errorOf(key)}
          onChange={(e) => dispatch({ type: 'set', name: key, value: e.target.value })}
        />
      ))}
      {withFields ? <FieldList {...props} /> : null}
    </>
  );
}
