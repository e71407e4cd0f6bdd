// Source: italia/daf-ontologie-vocabolari-controllati (commit d8596ae), CC-BY 4.0 (municipal-notice-board.csv): types of the acts of the albo pretorio, 3 levels.
// Drift: italia/design-comuni-wordpress-theme (commit 1c15e7b) has "Pubbicazione di matrimonio" (typo): the national spelling is kept.
// A level-3 term that repeats its parent's label keeps its own code and gets the slug suffix -2.
// GENERATED once from the reference copy, then frozen here: edit by hand with care
// (the tests compare these terms with the checker fixtures in test/fixtures).
import { deepFreeze } from '../freeze.js';
import type { Term } from '../types.js';

export const TIPI_ATTO_ALBO_PRETORIO = deepFreeze([
  {
    label: 'Atto amministrativo',
    slug: 'atto-amministrativo',
    code: 'A',
    children: [
      {
        label: 'Decreto',
        slug: 'decreto',
        code: 'A.01',
        children: [
          { label: 'Decreto del Dirigente', slug: 'decreto-del-dirigente', code: 'A.01.01' },
          {
            label: 'Decreto del Sindaco',
            slug: 'decreto-del-sindaco',
            code: 'A.01.02',
            aliases: ['Decreto sindacale'],
          },
        ],
      },
      {
        label: 'Deliberazione',
        slug: 'deliberazione',
        code: 'A.02',
        aliases: ['Delibera'],
        children: [
          {
            label: 'Deliberazione del Consiglio comunale',
            slug: 'deliberazione-del-consiglio-comunale',
            code: 'A.02.01',
            aliases: ['Deliberazione consiliare'],
          },
          {
            label: 'Deliberazione della Giunta comunale',
            slug: 'deliberazione-della-giunta-comunale',
            code: 'A.02.02',
            aliases: ['Deliberazione giuntale'],
          },
          {
            label: 'Deliberazione del Commissario ad acta',
            slug: 'deliberazione-del-commissario-ad-acta',
            code: 'A.02.03',
          },
          {
            label: 'Deliberazione del Consiglio circoscrizionale',
            slug: 'deliberazione-del-consiglio-circoscrizionale',
            code: 'A.02.04',
          },
          {
            label: "Deliberazione dell'Esecutivo circoscrizionale",
            slug: 'deliberazione-dell-esecutivo-circoscrizionale',
            code: 'A.02.05',
          },
          {
            label: 'Deliberazione di altri Organi',
            slug: 'deliberazione-di-altri-organi',
            code: 'A.02.06',
          },
        ],
      },
      {
        label: 'Determinazione',
        slug: 'determinazione',
        code: 'A.03',
        aliases: ['Determina'],
        children: [
          {
            label: 'Determinazione del Dirigente',
            slug: 'determinazione-del-dirigente',
            code: 'A.03.01',
            aliases: ['Determinazione dirigenziale'],
          },
          {
            label: 'Determinazione del Sindaco',
            slug: 'determinazione-del-sindaco',
            code: 'A.03.02',
            aliases: ['Determinazione sindacale'],
          },
        ],
      },
      {
        label: 'Ordinanza',
        slug: 'ordinanza',
        code: 'A.04',
        children: [
          {
            label: 'Ordinanza del Dirigente',
            slug: 'ordinanza-del-dirigente',
            code: 'A.04.01',
            aliases: ['Ordinanza dirigenziale'],
          },
          {
            label: 'Ordinanza del Sindaco',
            slug: 'ordinanza-del-sindaco',
            code: 'A.04.02',
            aliases: ['Ordinanza sindacale'],
          },
        ],
      },
    ],
  },
  {
    label: 'Atto autorizzativo',
    slug: 'atto-autorizzativo',
    code: 'B',
    children: [
      {
        label: 'Permesso a costruire',
        slug: 'permesso-a-costruire',
        code: 'B.01',
        children: [
          { label: 'Permesso a costruire', slug: 'permesso-a-costruire-2', code: 'B.01.01' },
        ],
      },
    ],
  },
  {
    label: 'Atto dello stato civile',
    slug: 'atto-dello-stato-civile',
    code: 'C',
    children: [
      {
        label: 'Provvedimento di cancellazione per irreperibilità',
        slug: 'provvedimento-di-cancellazione-per-irreperibilita',
        code: 'C.01',
        children: [
          {
            label: 'Provvedimento di cancellazione per irreperibilità',
            slug: 'provvedimento-di-cancellazione-per-irreperibilita-2',
            code: 'C.01.01',
          },
        ],
      },
      {
        label: 'Pubblicazione cambio nome',
        slug: 'pubblicazione-cambio-nome',
        code: 'C.02',
        children: [
          {
            label: 'Pubblicazione cambio nome',
            slug: 'pubblicazione-cambio-nome-2',
            code: 'C.02.01',
          },
        ],
      },
      {
        label: 'Pubblicazione di matrimonio',
        slug: 'pubblicazione-di-matrimonio',
        code: 'C.03',
        children: [
          {
            label: 'Pubblicazione di matrimonio',
            slug: 'pubblicazione-di-matrimonio-2',
            code: 'C.03.01',
          },
        ],
      },
    ],
  },
  {
    label: 'Atto generico',
    slug: 'atto-generico',
    code: 'D',
    children: [
      {
        label: 'Avviso',
        slug: 'avviso',
        code: 'D.01',
        children: [
          {
            label: 'Avviso di deposito in casa comunale',
            slug: 'avviso-di-deposito-in-casa-comunale',
            code: 'D.01.01',
          },
          { label: 'Avviso/Manifesto', slug: 'avviso-manifesto', code: 'D.01.02' },
        ],
      },
      {
        label: 'Bando',
        slug: 'bando',
        code: 'D.02',
        children: [
          { label: 'Bando di concorso', slug: 'bando-di-concorso', code: 'D.02.01' },
          { label: 'Bando di gara', slug: 'bando-di-gara', code: 'D.02.02' },
          {
            label: 'Bando di contributi e vantaggi economici',
            slug: 'bando-di-contributi-e-vantaggi-economici',
            code: 'D.02.03',
          },
        ],
      },
    ],
  },
  {
    label: 'Pubblicazione esterna',
    slug: 'pubblicazione-esterna',
    code: 'E',
    children: [
      {
        label: 'Atto di terzi',
        slug: 'atto-di-terzi',
        code: 'E.01',
        children: [{ label: 'Atto di terzi', slug: 'atto-di-terzi-2', code: 'E.01.01' }],
      },
    ],
  },
] as const satisfies readonly Term[]);
