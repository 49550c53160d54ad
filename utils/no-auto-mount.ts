/**
 * Stands in for @1natsu/wait-element in the content-script build (see wxt.config.ts): WXT's
 * `createShadowRootUi` reaches it only through `autoMount`, which Streamwise never calls.
 */
function unused(): never {
  throw new Error('autoMount is not used by Streamwise');
}

export const waitElement = unused;
export const isExist = unused;
export const isNotExist = unused;
