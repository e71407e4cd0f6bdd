import {
  CATEGORIE_SERVIZIO,
  MENU,
  SEZIONI_AMMINISTRAZIONE,
  SEZIONI_VIVERE,
  TIPI_NOTIZIA,
} from './index.js';

const childrenOf = (dataElement: string) =>
  MENU.find((m) => m.dataElement === dataElement)?.children ?? [];

describe('MENU second level: stored once, as the section vocabularies', () => {
  it('Amministrazione and Vivere list the section vocabularies themselves', () => {
    expect(childrenOf('management')).toBe(SEZIONI_AMMINISTRAZIONE);
    expect(childrenOf('live')).toBe(SEZIONI_VIVERE);
  });

  it('Novità and Servizi are the news types and service categories, with their link data-element', () => {
    expect(childrenOf('news')).toEqual(
      TIPI_NOTIZIA.map(({ label, slug }) => ({ label, slug, dataElement: 'news-category-link' })),
    );
    expect(childrenOf('all-services')).toEqual(
      CATEGORIE_SERVIZIO.map(({ label, slug, description }) => ({
        label,
        slug,
        dataElement: 'service-category-link',
        description,
      })),
    );
    expect(Object.isFrozen(childrenOf('news')[0])).toBe(true);
  });
});
