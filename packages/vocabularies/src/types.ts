import type { DataElement } from './data-elements.js';

/** A term of a controlled vocabulary. */
export interface Term {
  /** The label, exactly as the reference source (the checker, when it has it) spells it. */
  readonly label: string;
  /** Stable URL slug, unique in its vocabulary (`slugify(label)`, with `-2`, `-3` for repeated labels). */
  readonly slug: string;
  /** Code in the national controlled vocabulary, when it has one. */
  readonly code?: string;
  /** Short description for cards and listing pages. */
  readonly description?: string;
  /** Definition from the national controlled vocabulary. */
  readonly definition?: string;
  /** English label from the national controlled vocabulary. */
  readonly labelEn?: string;
  /** Plural (or alternative website) label. */
  readonly plural?: string;
  /** Other spellings found in the sources: accepted by the lookups, never shown by default. */
  readonly aliases?: readonly string[];
  /** Narrower terms (tree vocabularies). */
  readonly children?: readonly Term[];
}

/** Second-level entry of the main menu (an Amministrazione section, a news type, a service category, Luoghi/Eventi). */
export interface SecondLevelTerm extends Term {
  /** `data-element` of the link to this entry on the first-level page. */
  readonly dataElement: DataElement;
}

/** First-level entry of the main menu. */
export interface MenuItemTerm extends Term {
  /** `data-element` of the menu link. */
  readonly dataElement: DataElement;
  /** The checker's pattern for the link text (a RegExp source, case-insensitive). */
  readonly pattern: string;
  /** `data-element`s of the links to the second-level pages on the first-level page. */
  readonly secondLevelDataElements: readonly DataElement[];
  readonly children: readonly SecondLevelTerm[];
}

/** An EU data theme (DCAT-AP_IT) with its EuroVoc sub-themes. */
export interface TemaDatasetTerm extends Term {
  readonly code: string;
  readonly uri: string;
  readonly subthemes: readonly {
    readonly code: string;
    readonly label: string;
    readonly labelEn: string;
    readonly uri: string;
  }[];
}

/** A content type of the Modello Comuni (as in the official WordPress theme). */
export interface TipoContenutoTerm extends Term {
  /** Identifier in the official WordPress theme (e.g. `unita_organizzativa`). */
  readonly id: string;
  readonly plural: string;
  /** Slug of the first-level section it belongs to, if any. */
  readonly section?: string;
  /** Ids of the vocabularies of this package used to classify it. */
  readonly vocabularies: readonly string[];
}

/** A service funded by the avviso PNRR 1.4.1. */
export interface ServizioAvvisoTerm extends Term {
  /** Number in the avviso's list (1–26). */
  readonly n: number;
  /** Label of its flow type (see TIPI_FLUSSO); null when unconfirmed. */
  readonly flowType: string | null;
}

type Descendants<T> =
  T | (T extends { readonly children: readonly (infer C)[] } ? Descendants<C> : never);

/** A term or any of its descendants (each also typed as a Term, so `children` can be read on leaves). */
export type Flatten<T> = Descendants<T> & Term;

/** Union of the labels of a (tree) vocabulary's terms, at every level. */
export type LabelOf<T> =
  Descendants<T> extends infer F ? (F extends { readonly label: infer L } ? L : never) : never;

/** Union of the slugs of a (tree) vocabulary's terms, at every level. */
export type SlugOf<T> =
  Descendants<T> extends infer F ? (F extends { readonly slug: infer S } ? S : never) : never;
