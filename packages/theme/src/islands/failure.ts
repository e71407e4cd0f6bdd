// The guard of the plain-DOM islands (cookie bar, "Carica altri", search): an island whose set-up
// throws keeps the markup the server rendered and shows the alert of `failure-alert.ts`. The alert
// and its texts are loaded only then, with a dynamic import: every page runs these islands before
// any interaction, and an error path is not worth its bytes there (≈ 0.6 KB gzip).

/** Runs an island's plain-DOM set-up; if it throws, the island shows the failure alert. */
export function guardIsland(el: HTMLElement, name: string, setup: () => void): void {
  try {
    setup();
  } catch (error) {
    void import('./failure-alert.js').then(({ showIslandFailure }) =>
      showIslandFailure(el, name, error),
    );
  }
}
