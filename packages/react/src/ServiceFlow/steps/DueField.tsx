'use client';
import { useState } from 'react';
import { TextField } from '../../TextField/TextField.js';
import { isServiceError } from '../../service-contracts/errors.js';
import type { FieldSpec } from '../definition.js';
import { euro } from './money.js';
import type { StepProps } from './types.js';

/**
 * Pagamenti dovuti: the notice code of what is owed, looked up with the payments provider; the
 * description and amount found go into the values (`<name>:description`, `<name>:amount`).
 */
export function DueField({
  field,
  state,
  dispatch,
  t,
  fid,
  errorOf,
  payments,
  fail,
  say,
  locale,
}: StepProps & { field: Extract<FieldSpec, { kind: 'due' }> }) {
  const [code, setCode] = useState(
    typeof state.values[field.name] === 'string' ? (state.values[field.name] as string) : '',
  );
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const found = state.values[`${field.name}:description`];
  const lookup = async () => {
    if (!payments || busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const d = await payments.findDue(code.trim());
      if (d.status === 'paid') {
        setProblem(t.duePaid);
        return;
      }
      dispatch({ type: 'set', name: field.name, value: d.noticeCode });
      dispatch({ type: 'set', name: `${field.name}:description`, value: d.description });
      dispatch({ type: 'set', name: `${field.name}:amount`, value: String(d.amount) });
      say(t.dueFound(d.description, euro(d.amount, locale)));
    } catch (e) {
      if (isServiceError(e, 'not-found')) setProblem(t.dueNotFound);
      else fail(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="mb-4">
      <TextField
        id={fid(field.name)}
        label={field.label}
        hint={field.hint}
        required
        inputMode="numeric"
        autoComplete="off"
        value={code}
        error={problem ?? errorOf(field.name)}
        onChange={(e) => {
          setCode(e.target.value);
          if (state.values[field.name]) dispatch({ type: 'set', name: field.name, value: '' });
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void lookup();
          }
        }}
        className="mb-2"
      />
      <button
        type="button"
        className="btn btn-outline-primary btn-sm"
        onClick={lookup}
        aria-disabled={busy || undefined}
      >
        {t.dueLookup}
      </button>
      {found && state.values[field.name] ? (
        <p className="mt-3 fw-semibold">
          {t.dueFound(found as string, euro(Number(state.values[`${field.name}:amount`]), locale))}
        </p>
      ) : null}
    </div>
  );
}
