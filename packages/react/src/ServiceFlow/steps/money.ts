/** Euro cents as people read them: "€ 42,00" / "€42.00". */
export const euro = (cents: number, locale: 'it' | 'en') =>
  new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'it-IT', {
    style: 'currency',
    currency: 'EUR',
  }).format(cents / 100);
