import { defineMessages } from '../intl/define.js';

export const recapMessages = defineMessages({
  it: {
    /** Visible text of each group's edit control (followed by the group title, visually hidden). */
    edit: 'Modifica',
    /** Shown for a value left empty. */
    empty: 'Non indicato',
    /** Lead-in of the privacy link. */
    privacyLead: 'Per i dettagli sul trattamento dei dati personali consulta l’',
    privacyLink: 'informativa sulla privacy',
    /** The privacy confirmation checkbox. */
    privacyCheck: 'Ho letto e compreso l’informativa sulla privacy',
    /** Error when the confirmation is missing at submit. */
    privacyError: 'Per inviare la richiesta conferma di aver letto l’informativa sulla privacy',
    submit: 'Invia',
  },
  en: {
    edit: 'Change',
    empty: 'Not given',
    privacyLead: 'For how personal data is processed, read the ',
    privacyLink: 'privacy notice',
    privacyCheck: 'I have read and understood the privacy notice',
    privacyError: 'To send the request, confirm that you have read the privacy notice',
    submit: 'Send',
  },
});

export type RecapMessages = (typeof recapMessages)['it'];
