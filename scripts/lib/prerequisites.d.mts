/** Types for scripts/lib/prerequisites.mjs (plain JS so it runs before `npm ci`). */
export interface Found {
  node: string;
  npm: string | undefined;
  chromium: { path: string; ok: boolean };
  firefox: { path: string; ok: boolean };
  openssl: boolean;
  root: boolean;
}
export declare const MIN_NODE: string;
export declare const MIN_NPM_MAJOR: number;
export declare const DEFAULT_CHROMIUM: string;
export declare const DEFAULT_FIREFOX: string;
export declare function parseVersion(text: unknown): [number, number, number] | undefined;
export declare function prerequisiteMessages(found: Found): string[];
