import { defineMessages } from '../intl/messages.js';

export const segnalazioneDisservizioMessages = defineMessages({
  it: {
    service: 'Segnalazione disservizio',
    category: 'Categoria del disservizio',
    place: 'Luogo',
    placeHint: 'Indirizzo o punto di riferimento, ad esempio "Via Roma 12, davanti alla farmacia"',
    title: 'Titolo',
    description: 'Descrizione',
    descriptionHint: 'Cosa succede, da quando, cosa serve',
    photos: 'Foto',
    photosHint: 'Facoltative: aiutano a capire e trovare il problema',
    categories: [
      'Strade e marciapiedi',
      'Illuminazione pubblica',
      'Rifiuti e pulizia',
      'Verde pubblico',
      'Segnaletica',
      'Acqua e fognature',
      'Altro',
    ] as readonly string[],
  },
  en: {
    service: 'Report a problem',
    category: 'Kind of problem',
    place: 'Place',
    placeHint: 'Address or landmark, e.g. "Via Roma 12, in front of the pharmacy"',
    title: 'Title',
    description: 'Description',
    descriptionHint: 'What happens, since when, what is needed',
    photos: 'Photos',
    photosHint: 'Optional: they help to understand and find the problem',
    categories: [
      'Roads and pavements',
      'Street lighting',
      'Waste and cleaning',
      'Public green areas',
      'Road signs',
      'Water and sewers',
      'Other',
    ] as readonly string[],
  },
});

export type SegnalazioneDisservizioMessages = (typeof segnalazioneDisservizioMessages)['it'];
