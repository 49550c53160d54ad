/** The popup's "I'm worried": the loader in the active tab opens the panel with the full-screen help. */
export interface WorriedRequest {
  type: 'streamwise:worried';
}

/** `opened: false` where the page cannot show the panel (dismissed, disabled): the popup shows it itself. */
export interface WorriedReply {
  opened: boolean;
}

export function isWorriedRequest(value: unknown): value is WorriedRequest {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<string, unknown>).type === 'streamwise:worried' &&
    Object.keys(value).length === 1
  );
}

export function isWorriedReply(value: unknown): value is WorriedReply {
  return typeof value === 'object' && value !== null && typeof (value as WorriedReply).opened === 'boolean';
}
