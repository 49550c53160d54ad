import en from '../public/_locales/en/messages.json';
import es from '../public/_locales/es/messages.json';
import fr from '../public/_locales/fr/messages.json';

/** The interface catalogues, for the worker to hand to the panel through storage (see panel-text.ts). */
export const catalogs: Readonly<Record<string, Record<string, { message: string }>>> = { en, es, fr };
