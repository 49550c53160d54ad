import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startLoader } from './loader';

// Injected on registry hosts through the manifest's content_scripts (set from the registry in
// wxt.config.ts). An unlisted script: no framework context object, nothing the page can signal.
export default defineUnlistedScript({ globalName: false, main: startLoader });
