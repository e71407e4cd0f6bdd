// The draft of a request for assistance: what the citizen has typed, kept in the browser until
// it is sent. It comes back from storage, where anything may have been written: every field is
// checked, with its size, before the form shows it; a draft that fails is discarded.

/** What the form keeps between visits. */
export interface AssistanceDraft {
  name: string;
  surname: string;
  email: string;
  categoryId: string;
  serviceId: string;
  message: string;
  privacy: boolean;
}

/** The longest message, as in the kit ("Inserire massimo 600 caratteri"). */
export const ASSISTANCE_MESSAGE_MAX = 600;

/** Longest text kept for a typed field (the message's own limit is lower). */
const TYPED_MAX = 1000;
const TEXT_KEYS = ['name', 'surname', 'email', 'categoryId', 'serviceId', 'message'] as const;

/** Whether an unknown value (a stored draft) is an `AssistanceDraft` the form can show. */
export function isAssistanceDraft(x: unknown): x is AssistanceDraft {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const o = x as Record<string, unknown>;
  return (
    TEXT_KEYS.every((k) => typeof o[k] === 'string' && (o[k] as string).length <= TYPED_MAX) &&
    typeof o.privacy === 'boolean'
  );
}
