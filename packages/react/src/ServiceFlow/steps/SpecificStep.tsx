'use client';
import { FieldList } from './FieldList.js';
import type { StepProps } from './types.js';

/** "Preferenze di servizio" / "Dati specifici del servizio": the service's declared fields. */
export function SpecificStep(props: StepProps) {
  return <FieldList {...props} />;
}
