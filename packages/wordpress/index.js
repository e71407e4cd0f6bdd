// Where the built plugin is: `dist/piazza.zip` (run `pnpm --filter @piazza/wordpress run build`).
import { fileURLToPath } from 'node:url';

/** The installable plugin zip (WordPress → Plugin → Aggiungi nuovo → Carica plugin). */
export const pluginZip = fileURLToPath(new URL('./dist/piazza.zip', import.meta.url));

/** The plugin's slug and main file, as WordPress names it. */
export const pluginFile = 'piazza/piazza.php';
