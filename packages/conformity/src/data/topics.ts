// The 64 topics (argomenti) of the Modello Comuni, in the checker's order
// (checker/topics-model-vocabulary.json, pa-website-validator-ng v1.1.38, commit bb31fe9).
// Stored once in the monorepo: the labels of ARGOMENTI in @piazza/vocabularies, whose tests
// compare them with the checker's list.
import { ARGOMENTI } from '@piazza/vocabularies';

/** The 64 topics (argomenti) of the Modello Comuni. */
export const MODEL_TOPICS: readonly string[] = ARGOMENTI.map((a) => a.label);
