/** `tel:` URL of a phone number as people write it: "(+39) 011 123 4567" → "tel:+390111234567". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
