'use client';
import type { ReactNode } from 'react';
import { formatDate } from '../../forms-support/dates.js';
import { Icon } from '../../Icon/Icon.js';
import { RequestReceipt } from '../../RequestReceipt/RequestReceipt.js';
import type { ApplicationSummary } from '../../service-contracts/applications.js';
import type { FlowRecipe } from '../recipes.js';
import { recapGroups } from './RecapStep.js';
import type { StepProps } from './types.js';

/** The receipt as a text file: the code, the dates and every value sent. */
export function receiptText(p: StepProps, recipe: FlowRecipe, s: ApplicationSummary): string {
  const lines = [
    p.t.receiptTitle(p.service.name),
    '',
    `${s.code}`,
    formatDate(s.takenInChargeAt, p.locale),
    ...(s.outcomeBy ? [formatDate(s.outcomeBy, p.locale)] : []),
    '',
  ];
  for (const g of recapGroups(p, recipe)) {
    lines.push(`# ${g.title}`);
    for (const i of g.items)
      lines.push(`${i.label}: ${typeof i.value === 'string' ? i.value : ''}`);
    lines.push('');
  }
  return lines.join('\n');
}

/**
 * The confirmation (CSE.1.2, CSE.1.10): the request code, the date taken in charge and the
 * latest date for an answer from the scheda's maximum time, the receipt to download, the
 * rating suggested (CSE.1.7).
 */
export function ConfirmationStep(
  props: StepProps & {
    recipe: FlowRecipe;
    statusHref: string;
    rating: ReactNode;
    headingLevel: 2 | 3;
  },
) {
  const s = props.state.submission!;
  const href = `data:text/plain;charset=utf-8,${encodeURIComponent(receiptText(props, props.recipe, s))}`;
  return (
    <RequestReceipt
      code={s.code}
      takenInCharge={s.takenInChargeAt}
      maxDays={s.outcomeBy ? undefined : props.service.maxDays}
      outcomeBy={s.outcomeBy}
      service={props.service.name}
      statusHref={props.statusHref}
      headingLevel={props.headingLevel}
      focusOnMount
    >
      <p>
        <a
          className="btn btn-outline-primary btn-sm"
          href={href}
          download={props.t.receiptFile(s.code)}
        >
          <Icon name="download" color="primary" className="me-2" />
          {props.t.receipt}
        </a>
      </p>
      {props.rating}
    </RequestReceipt>
  );
}
