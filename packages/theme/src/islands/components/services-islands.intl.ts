// Texts of the theme's service islands (area personale, access), Italian first.
export const servicesIslandMessages = {
  it: {
    areaAccessText:
      'Accedi con la tua identità digitale per vedere le tue richieste, le bozze, i pagamenti e i messaggi.',
    simulatedAccess:
      'Simulazione: questo sito dimostrativo non chiede né usa credenziali SPID o CIE. L’accesso è finto e i dati personali sono di una persona inventata.',
    simulatedSpid: 'Entra con SPID (simulazione)',
    simulatedCie: 'Entra con CIE (simulazione)',
    otherAccess: 'Altre utenze',
    accessTitle: 'Accedi all’area personale',
    lookupTitle: 'Stato di una richiesta',
    lookupText: 'Conosci il codice di una richiesta? Puoi vederne lo stato senza accedere.',
    loadError: 'Non è stato possibile sapere se hai già effettuato l’accesso.',
    retry: 'Riprova',
  },
  en: {
    areaAccessText:
      'Sign in with your digital identity to see your requests, drafts, payments and messages.',
    simulatedAccess:
      'Simulation: this demo site neither asks for nor uses SPID or CIE credentials. The sign-in is fake and the personal data belong to an invented person.',
    simulatedSpid: 'Sign in with SPID (simulation)',
    simulatedCie: 'Sign in with CIE (simulation)',
    otherAccess: 'Other credentials',
    accessTitle: 'Sign in to your personal area',
    lookupTitle: 'Status of a request',
    lookupText: 'Do you know the code of a request? You can see its status without signing in.',
    loadError: 'It was not possible to know whether you are signed in.',
    retry: 'Try again',
  },
} as const;

export type ServicesIslandMessages = (typeof servicesIslandMessages)['it'];
