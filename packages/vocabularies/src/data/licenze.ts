// Source: italia/daf-ontologie-vocabolari-controllati (commit d8596ae), CC-BY 4.0 (licences.csv): licences, 3 levels, with codes.
// italia/design-comuni-wordpress-theme (commit 1c15e7b) (licenze) keeps only the first two levels, lowercase. Trailing spaces trimmed.
// Repeated labels ("Licenza sconosciuta" on three levels) get the slug suffixes -2, -3.
// GENERATED once from the reference copy, then frozen here: edit by hand with care
// (the tests compare these terms with the checker fixtures in test/fixtures).
import { deepFreeze } from '../freeze.js';
import type { Term } from '../types.js';

export const LICENZE = deepFreeze([
  {
    label: 'Licenza Aperta',
    slug: 'licenza-aperta',
    code: 'A',
    children: [
      {
        label: 'Dominio pubblico',
        slug: 'dominio-pubblico',
        code: 'A.1',
        children: [
          {
            label: 'Creative Commons CC0 1.0 Universal - Public Domain Dedication (CC0 1.0)',
            slug: 'creative-commons-cc0-1-0-universal-public-domain-dedication-cc0-1-0',
            code: 'A.1.1',
          },
          {
            label: 'ODC Public Domain Dedication and License (PDDL)',
            slug: 'odc-public-domain-dedication-and-license-pddl',
            code: 'A.1.2',
          },
        ],
      },
      {
        label: 'Attribuzione',
        slug: 'attribuzione',
        code: 'A.2',
        children: [
          {
            label: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
            slug: 'creative-commons-attribution-4-0-international-cc-by-4-0',
            code: 'A.2.1',
          },
          {
            label: 'Creative Commons Attribution 3.0 Unported (CC BY 3.0)',
            slug: 'creative-commons-attribution-3-0-unported-cc-by-3-0',
            code: 'A.2.2',
          },
          {
            label: 'Creative Commons Attribuzione Italia 3.0 (CC BY 3.0 IT)',
            slug: 'creative-commons-attribuzione-italia-3-0-cc-by-3-0-it',
            code: 'A.2.3',
          },
          {
            label: 'Creative Commons Attribution 2.5 Generic (CC BY 2.5)',
            slug: 'creative-commons-attribution-2-5-generic-cc-by-2-5',
            code: 'A.2.4',
          },
          {
            label: 'Creative Commons Attribuzione 2.5 Italia (CC BY 2.5 IT)',
            slug: 'creative-commons-attribuzione-2-5-italia-cc-by-2-5-it',
            code: 'A.2.5',
          },
          {
            label: 'Creative Commons Attribution 2.0 Generic (CC BY 2.0)',
            slug: 'creative-commons-attribution-2-0-generic-cc-by-2-0',
            code: 'A.2.6',
          },
          {
            label: 'Creative Commons Attribuzione 2.0 Italia (CC BY 2.0 IT)',
            slug: 'creative-commons-attribuzione-2-0-italia-cc-by-2-0-it',
            code: 'A.2.7',
          },
          {
            label: 'Creative Commons Attribution 1.0 Generic (CC BY 1.0)',
            slug: 'creative-commons-attribution-1-0-generic-cc-by-1-0',
            code: 'A.2.8',
          },
          {
            label: 'Italian Open Data License 2.0 (IODL 2.0)',
            slug: 'italian-open-data-license-2-0-iodl-2-0',
            code: 'A.2.9',
          },
          {
            label: 'Open Data Commons Attribution License (ODC_BY)',
            slug: 'open-data-commons-attribution-license-odc-by',
            code: 'A.2.10',
          },
        ],
      },
      {
        label: 'Effetto Virale (a.k.a. Condivisione allo stesso modo)',
        slug: 'effetto-virale-a-k-a-condivisione-allo-stesso-modo',
        code: 'A.3',
        children: [
          {
            label: 'Creative Commons Attributon–ShareAlike 4.0 International (CC BY-SA 4.0)',
            slug: 'creative-commons-attributon-sharealike-4-0-international-cc-by-sa-4-0',
            code: 'A.3.1',
          },
          {
            label: 'Creative Commons Attribution-ShareAlike 3.0 Unported (CC BY-SA 3.0)',
            slug: 'creative-commons-attribution-sharealike-3-0-unported-cc-by-sa-3-0',
            code: 'A.3.2',
          },
          {
            label:
              'Creative Commons Attribuzione - Condividi allo stesso modo 3.0 Italia (CC BY-SA 3.0 IT)',
            slug: 'creative-commons-attribuzione-condividi-allo-stesso-modo-3-0-italia-cc-by-sa-3-0-it',
            code: 'A.3.3',
          },
          {
            label: 'Creative Commons Attribution-ShareAlike 2.5 Generic (CC BY-SA 2.5)',
            slug: 'creative-commons-attribution-sharealike-2-5-generic-cc-by-sa-2-5',
            code: 'A.3.4',
          },
          {
            label:
              'Creative Commons Attribuzione - Condividi allo stesso modo 2.5 Italia (CC-BY-SA 2.5 IT)',
            slug: 'creative-commons-attribuzione-condividi-allo-stesso-modo-2-5-italia-cc-by-sa-2-5-it',
            code: 'A.3.5',
          },
          {
            label: 'Creative Commons Attribution-ShareAlike 2.0 Generic (CC BY-SA 2.0)',
            slug: 'creative-commons-attribution-sharealike-2-0-generic-cc-by-sa-2-0',
            code: 'A.3.6',
          },
          {
            label:
              'Creative Commons Attribuzione - Condividi allo stesso modo 2.0 Italia (CC BY-SA 2.0 IT)',
            slug: 'creative-commons-attribuzione-condividi-allo-stesso-modo-2-0-italia-cc-by-sa-2-0-it',
            code: 'A.3.7',
          },
          {
            label: 'Creative Commons Attribution - ShareAlike 1.0 Generic (CC BY-SA 1.0)',
            slug: 'creative-commons-attribution-sharealike-1-0-generic-cc-by-sa-1-0',
            code: 'A.3.8',
          },
          {
            label: 'Italian Open Data License 1.0 (IODL 1.0)',
            slug: 'italian-open-data-license-1-0-iodl-1-0',
            code: 'A.3.9',
          },
          {
            label: 'Open Data Commons Open Database License 1.0 (ODbL)',
            slug: 'open-data-commons-open-database-license-1-0-odbl',
            code: 'A.3.10',
          },
          {
            label: 'GNU Free Documentation License 1.3 (GFDL 1.3)',
            slug: 'gnu-free-documentation-license-1-3-gfdl-1-3',
            code: 'A.3.11',
          },
        ],
      },
      {
        label: 'Effetto Virale / copyleft non compatibile',
        slug: 'effetto-virale-copyleft-non-compatibile',
        code: 'A.4',
        children: [{ label: 'Against DRM (2.0)', slug: 'against-drm-2-0', code: 'A.4.1' }],
      },
    ],
  },
  {
    label: 'Licenza Non Aperta',
    slug: 'licenza-non-aperta',
    code: 'B',
    children: [
      {
        label: 'Solo uso non commerciale',
        slug: 'solo-uso-non-commerciale',
        code: 'B.1',
        children: [
          {
            label: 'Creative Commons Attribution–NonCommercial 4.0 International (CC BY-NC 4.0)',
            slug: 'creative-commons-attribution-noncommercial-4-0-international-cc-by-nc-4-0',
            code: 'B.1.1',
          },
          {
            label: 'Creative Commons Attribution-NonCommercial 3.0 Unported (CC BY-NC 3.0)',
            slug: 'creative-commons-attribution-noncommercial-3-0-unported-cc-by-nc-3-0',
            code: 'B.1.2',
          },
          {
            label: 'Creative Commons Attribuzione - Non Commerciale 3.0 Italia (CC BY-NC 3.0 IT)',
            slug: 'creative-commons-attribuzione-non-commerciale-3-0-italia-cc-by-nc-3-0-it',
            code: 'B.1.3',
          },
          {
            label: 'Creative Commons Attribution-NonCommercial 2.5 Generic (CC BY-NC 2.5)',
            slug: 'creative-commons-attribution-noncommercial-2-5-generic-cc-by-nc-2-5',
            code: 'B.1.4',
          },
          {
            label: 'Creative Commons Attribuzione - Non Commerciale 2.5 Italia (CC BY-NC 2.5 IT)',
            slug: 'creative-commons-attribuzione-non-commerciale-2-5-italia-cc-by-nc-2-5-it',
            code: 'B.1.5',
          },
          {
            label: 'Creative Commons Attribution-NonCommercial 2.0 Generic (CC BY-NC 2.0)',
            slug: 'creative-commons-attribution-noncommercial-2-0-generic-cc-by-nc-2-0',
            code: 'B.1.6',
          },
          {
            label: 'Creative Commons Attribuzione - Non Commerciale 2.0 Italia (CC BY-NC 2.0 IT)',
            slug: 'creative-commons-attribuzione-non-commerciale-2-0-italia-cc-by-nc-2-0-it',
            code: 'B.1.7',
          },
          {
            label: 'Creative Commons Attribution - NonCommercial 1.0 Generic (CC BY-NC 1.0)',
            slug: 'creative-commons-attribution-noncommercial-1-0-generic-cc-by-nc-1-0',
            code: 'B.1.8',
          },
          {
            label:
              'Creative Commons Attribution–NonCommercial - ShareAlike 4.0 International (CC BY-NC-SA 4.0)',
            slug: 'creative-commons-attribution-noncommercial-sharealike-4-0-international-cc-by-nc-sa-4-0',
            code: 'B.1.9',
          },
          {
            label:
              'Creative Commons Attribution-NonCommercial - ShareAlike 3.0 Unported (CC BY-NC-SA 3.0)',
            slug: 'creative-commons-attribution-noncommercial-sharealike-3-0-unported-cc-by-nc-sa-3-0',
            code: 'B.1.10',
          },
          {
            label:
              'Creative Commons Attribuzione–Non Commerciale - Condivisione allo stesso modo 3.0 Italia (CC BY-NC-SA 3.0 IT)',
            slug: 'creative-commons-attribuzione-non-commerciale-condivisione-allo-stesso-modo-3-0-italia-cc-by-nc-sa-3-0-it',
            code: 'B.1.11',
          },
          {
            label:
              'Creative Commons Attribution-NonCommercial-ShareAlike 2.5 Generic (CC BY-NC-SA 2.5)',
            slug: 'creative-commons-attribution-noncommercial-sharealike-2-5-generic-cc-by-nc-sa-2-5',
            code: 'B.1.12',
          },
          {
            label:
              'Creative Commons Attribuzione–Non Commerciale - Condivisione allo stesso modo 2.5 Italia (CC BY-NC-SA 2.5 IT)',
            slug: 'creative-commons-attribuzione-non-commerciale-condivisione-allo-stesso-modo-2-5-italia-cc-by-nc-sa-2-5-it',
            code: 'B.1.13',
          },
          {
            label:
              'Creative Commons Attribution-NonCommercial-ShareAlike 2.0 Generic (CC BY-NC-SA 2.0)',
            slug: 'creative-commons-attribution-noncommercial-sharealike-2-0-generic-cc-by-nc-sa-2-0',
            code: 'B.1.14',
          },
          {
            label:
              'Creative Commons Attribuzione–Non Commerciale - Condivisione allo stesso modo 2.0 Italia (CC BY-NC-SA 2.0 IT)',
            slug: 'creative-commons-attribuzione-non-commerciale-condivisione-allo-stesso-modo-2-0-italia-cc-by-nc-sa-2-0-it',
            code: 'B.1.15',
          },
          {
            label:
              'Creative Commons Attribution–NonCommercial - ShareAlike 1.0 Generic (CC-BY-NC-SA 1.0)',
            slug: 'creative-commons-attribution-noncommercial-sharealike-1-0-generic-cc-by-nc-sa-1-0',
            code: 'B.1.16',
          },
          {
            label: 'Dichiarazioni di uso standard beni culturali (BCS)',
            slug: 'dichiarazioni-di-uso-standard-beni-culturali-bcs',
            code: 'B.1.17',
          },
        ],
      },
      {
        label: 'Non opere derivate',
        slug: 'non-opere-derivate',
        code: 'B.2',
        children: [
          {
            label: 'Creative Commons Attribution–NoDerivs 4.0 International (CC BY-ND 4.0)',
            slug: 'creative-commons-attribution-noderivs-4-0-international-cc-by-nd-4-0',
            code: 'B.2.1',
          },
          {
            label: 'Creative Commons Attribution-NoDerivs 3.0 Unported (CC BY-ND 3.0)',
            slug: 'creative-commons-attribution-noderivs-3-0-unported-cc-by-nd-3-0',
            code: 'B.2.2',
          },
          {
            label: 'Creative Commons Attribuzione–Non opere derivate 3.0 Italia (CC BY-ND 3.0 IT)',
            slug: 'creative-commons-attribuzione-non-opere-derivate-3-0-italia-cc-by-nd-3-0-it',
            code: 'B.2.3',
          },
          {
            label: 'Creative Commons Attribution-NoDerivs 2.5 Generic (CC BY-ND 2.5)',
            slug: 'creative-commons-attribution-noderivs-2-5-generic-cc-by-nd-2-5',
            code: 'B.2.4',
          },
          {
            label: 'Creative Commons Attribution–Non opere derivate 2.5 Italia (CC BY-ND 2.5 IT)',
            slug: 'creative-commons-attribution-non-opere-derivate-2-5-italia-cc-by-nd-2-5-it',
            code: 'B.2.5',
          },
          {
            label: 'Creative Commons Attribution-NoDerivs 2.0 Generic (CC BY-ND 2.0)',
            slug: 'creative-commons-attribution-noderivs-2-0-generic-cc-by-nd-2-0',
            code: 'B.2.6',
          },
          {
            label: 'Creative Commons Attribution–Non opere derivate 2.0 italia (CC BY-ND 2.0 IT)',
            slug: 'creative-commons-attribution-non-opere-derivate-2-0-italia-cc-by-nd-2-0-it',
            code: 'B.2.7',
          },
          {
            label: 'Creative Commons Attribution–NonDerivs 1.0 Generic (CC BY-ND 1.0)',
            slug: 'creative-commons-attribution-nonderivs-1-0-generic-cc-by-nd-1-0',
            code: 'B.2.8',
          },
          {
            label:
              'Creative Commons Attribution–NoDerivs-NonCommercial 1.0 Generic (CC BY-ND-NC 1.0)',
            slug: 'creative-commons-attribution-noderivs-noncommercial-1-0-generic-cc-by-nd-nc-1-0',
            code: 'B.2.9',
          },
        ],
      },
    ],
  },
  {
    label: 'Licenza sconosciuta',
    slug: 'licenza-sconosciuta',
    code: 'C',
    children: [
      {
        label: 'Licenza sconosciuta',
        slug: 'licenza-sconosciuta-2',
        code: 'C.1',
        children: [{ label: 'Licenza Sconosciuta', slug: 'licenza-sconosciuta-3', code: 'C.1.1' }],
      },
    ],
  },
] as const satisfies readonly Term[]);
