import { TIPI_EVENTO } from './vocabularies.js';
import type { Flatten } from './types.js';
type X = Flatten<(typeof TIPI_EVENTO)[number]>;
declare const x: X;
export const y = x.children;
type L = Extract<X, { code: '1.1.1' }>;
declare const l: L;
export const z: string = l.label;
