// The texts of a failed island's alert (IslandBoundary, showIslandFailure): Italian, English
// beside. No React here: the plain-DOM islands import it too.

export const islandErrorMessages = {
  it: {
    title: 'Questa parte della pagina non funziona come dovrebbe',
    text: 'Si è verificato un errore: la vedi nella versione di base, senza le funzioni interattive. Quanto hai già inserito non è stato inviato. Ricarica la pagina per riprovare.',
    reload: 'Ricarica la pagina',
  },
  en: {
    title: 'This part of the page is not working as it should',
    text: 'An error occurred: you see its basic version, without the interactive functions. Nothing you entered has been sent. Reload the page to try again.',
    reload: 'Reload the page',
  },
} as const;
