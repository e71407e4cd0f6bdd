'use client';
import { Checkbox } from '../../Checkbox/Checkbox.js';
import type { StepProps } from './types.js';

/** "Informativa sulla privacy": the notice and the consent. */
export function PrivacyStep({ service, state, dispatch, t, fid, errorOf }: StepProps) {
  return (
    <>
      <p>{t.privacyText(service.name)}</p>
      <p>
        <a href={service.privacyHref}>{t.privacyLink}</a>
      </p>
      <Checkbox
        id={fid('privacy')}
        label={t.privacyCheck}
        required
        checked={state.values.privacy === true}
        error={errorOf('privacy')}
        onChange={(e) => dispatch({ type: 'set', name: 'privacy', value: e.target.checked })}
      />
    </>
  );
}
