/** Types for scripts/generate-icons.mjs, which wxt.config.ts imports. */
export declare const ICON_SIZES: number[];
export declare function generateIcons(options?: { source?: string; outDir?: string }): Promise<string[]>;
