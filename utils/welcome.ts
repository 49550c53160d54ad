import { isRecord } from './notices';

/** The first-run page, opened by the worker on a fresh install only. */
export const WELCOME_PATH = '/welcome.html';

/**
 * A managed profile: the organisation's policy sets anything at all for Streamwise (`lockSettings`
 * included). Chromium drops unknown and wrongly typed keys before the extension sees them, so an empty
 * object is no policy; so is a browser without the managed area (Firefox rejects, read as `{}`).
 */
export function hasManagedPolicy(managed: unknown): boolean {
  return isRecord(managed) && Object.keys(managed).length > 0;
}

/**
 * Open the welcome page? Only for a new install ("install"), never for an update, a browser update
 * ("chrome_update", "browser_update") or a shared module, and never where an organisation manages Streamwise:
 * there the policy has already made the choices the page offers.
 */
export function shouldOpenWelcome(reason: string, managed: unknown): boolean {
  return reason === 'install' && !hasManagedPolicy(managed);
}
