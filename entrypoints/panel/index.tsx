import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountPanel } from './mount';

// The second stage of the in-page script, imported by the loader (entrypoints/loader) only when the
// panel opens. An ES module whose default export is the mount function (see wxt.config.ts).
export default defineUnlistedScript({ globalName: false, main: () => mountPanel });
