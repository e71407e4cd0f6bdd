'use client';
import type { ReactNode } from 'react';
import { formatDate } from '../../forms-support/dates.js';
import { Recap, type RecapGroup, type RecapItem } from '../../Recap/Recap.js';
import type { FieldValue } from '../../service-contracts/applications.js';
import { isShown, type FieldSpec } from '../definition.js';
import type { FlowRecipe, FlowStepName } from '../recipes.js';
import { euro } from './money.js';
import { PERSONAL_FIELDS } from './PersonalStep.js';
import type { StepProps } from './types.js';

/** A value as the recap (and the receipt) shows it. */
export function shownValue(f: FieldSpec, v: FieldValue | undefined, t: StepProps['t']): string {
  if (v === undefined || v === '') return '';
  if (f.kind === 'checkbox') return v === true ? t.yes : t.no;
  if ('options' in f) {
    const label = (x: string) => f.options.find((o) => o.value === x)?.label ?? x;
    return Array.isArray(v) ? (v as string[]).map(label).join(', ') : label(String(v));
  }
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x : x.name)).join(', ');
  return String(v);
}

/** Every value entered, grouped by step (CSE.1.4). */
export function recapGroups(
  p: StepProps,
  recipe: FlowRecipe,
  edit?: (s: FlowStepName) => void,
): RecapGroup[] {
  const { service, state, t, locale } = p;
  const label = p.label;
  const fields = (list: readonly FieldSpec[]): RecapItem[] =>
    list
      .filter((f) => isShown(f, state.values))
      .flatMap((f) => {
        const items: RecapItem[] = [
          { label: f.label, value: shownValue(f, state.values[f.name], t) },
        ];
        if (f.kind === 'due' && state.values[`${f.name}:description`])
          items.push(
            { label: t.paymentRecap, value: String(state.values[`${f.name}:description`]) },
            { label: t.amount, value: euro(Number(state.values[`${f.name}:amount`]), locale) },
          );
        return items;
      });
  const hasSpecific = recipe.some((s) => s.name === 'specific');
  const groups: RecapGroup[] = [];
  for (const { name } of recipe) {
    const onEdit = edit ? () => edit(name) : undefined;
    if (name === 'privacy')
      groups.push({
        title: label(name),
        onEdit,
        items: [{ label: t.privacyCheck, value: state.values.privacy ? t.consentGiven : '' }],
      });
    else if (name === 'personal')
      groups.push({
        title: label(name),
        onEdit,
        items: [
          ...PERSONAL_FIELDS.map(({ key }) => ({
            label: t[key],
            value: String(state.values[key] ?? ''),
          })),
          ...(hasSpecific ? [] : fields(service.fields)),
        ],
      });
    else if (name === 'specific')
      groups.push({ title: label(name), onEdit, items: fields(service.fields) });
    else if (name === 'payment' && state.payment)
      groups.push({
        title: label(name),
        onEdit,
        items: [
          { label: t.amount, value: euro(state.payment.amount, locale) },
          {
            label: t.paymentRecap,
            value:
              state.payment.status === 'paid'
                ? t.paid(
                    euro(state.payment.amount, locale),
                    formatDate(state.payment.paidAt ?? new Date(), locale),
                  )
                : t.payPending,
          },
        ],
      });
  }
  return groups;
}

/** "Riepilogo": everything on one screen, "Modifica" back to each step, then "Invia". */
export function RecapStep(
  props: StepProps & {
    recipe: FlowRecipe;
    onEdit: (s: FlowStepName) => void;
    onSubmit: () => void;
    notice: ReactNode;
    actions: ReactNode;
    headingLevel: 3 | 4;
  },
) {
  return (
    <Recap
      groups={recapGroups(props, props.recipe, props.onEdit)}
      headingLevel={props.headingLevel}
      onSubmit={props.onSubmit}
      notice={props.notice}
      actions={props.actions}
    />
  );
}
