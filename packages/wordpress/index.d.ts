/** The installable plugin zip (WordPress → Plugin → Aggiungi nuovo → Carica plugin). */
export declare const pluginZip: string;
/** The plugin's slug and main file, as WordPress names it. */
export declare const pluginFile: string;
