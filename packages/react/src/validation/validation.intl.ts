import { defineMessages } from '../intl/define.js';

/** Error messages for the validators: say what is wrong and how to fix it. */
export const validationMessages = defineMessages({
  it: {
    required: (field: string) => `Inserisci ${field}`,
    choose: (field: string) => `Seleziona ${field}`,
    email: 'Inserisci un indirizzo email valido, ad esempio nome@esempio.it',
    phone: 'Inserisci un numero di telefono valido, ad esempio 333 123 4567 o 06 1234 5678',
    codiceFiscale:
      'Inserisci un codice fiscale valido di 16 caratteri, ad esempio RSSMRA85T10A562S',
    cap: 'Inserisci un CAP di 5 cifre, ad esempio 00184',
    iban: 'Inserisci un IBAN valido, ad esempio IT60 X054 2811 1010 0000 0123 456',
    maxLength: (n: number) => `Inserisci al massimo ${n} caratteri`,
  },
  en: {
    required: (field: string) => `Enter ${field}`,
    choose: (field: string) => `Select ${field}`,
    email: 'Enter a valid email address, like name@example.com',
    phone: 'Enter a valid phone number, like 333 123 4567 or 06 1234 5678',
    codiceFiscale: 'Enter a valid 16-character codice fiscale, like RSSMRA85T10A562S',
    cap: 'Enter a 5-digit CAP, like 00184',
    iban: 'Enter a valid IBAN, like IT60 X054 2811 1010 0000 0123 456',
    maxLength: (n: number) => `Enter at most ${n} characters`,
  },
});

export type ValidationMessages = (typeof validationMessages)['it'];
