// Server side of the islands: a template renders <Island name props />, which leaves a marker
// in the page; the build renders each island on its own (its own React root and useId prefix,
// exactly as the client will hydrate it) and puts it, with its props as a JSON data block, in
// place of the marker.
import { createContext, useContext } from 'react';
import type { IslandName, IslandProps } from './registry.js';

export interface IslandInstance<N extends IslandName = IslandName> {
  id: string;
  name: N;
  props: IslandProps[N];
}

export class IslandCollector {
  readonly instances: IslandInstance[] = [];
  add<N extends IslandName>(name: N, props: IslandProps[N]): string {
    const id = `pz-i${String(this.instances.length + 1)}`;
    this.instances.push({ id, name, props } as IslandInstance);
    return id;
  }
}

export const IslandContext = createContext<IslandCollector | null>(null);

/** Marker element of an island (replaced by the rendered island at build time). */
export function islandMarker(id: string): string {
  return `<div data-island-marker="${id}"></div>`;
}

/** Places an interactive island in a server-rendered template. */
export function Island<N extends IslandName>({ name, props }: { name: N; props: IslandProps[N] }) {
  const collector = useContext(IslandContext);
  if (!collector) throw new Error(`Island "${name}" rendered outside a page build`);
  const id = collector.add(name, props);
  return <div data-island-marker={id} />;
}

/** A JSON data block (never executed, so allowed by `script-src 'self'`). */
export function jsonScript(id: string, data: unknown): string {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${id}">${json}</script>`;
}
