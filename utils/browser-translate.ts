import { browser } from 'wxt/browser';
import type { Translate } from './translate';

/** The browser's own i18n: the UI language's catalog in `_locales/`, falling back to English. */
export const browserTranslate: Translate = (key, ...substitutions) =>
  browser.i18n.getMessage(key, substitutions);
