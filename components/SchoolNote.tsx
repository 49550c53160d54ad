import type { SchoolNote } from '../utils/effective-settings';
import type { Translate } from '../utils/translate';

export type { SchoolNote };

/**
 * An organisation's note for one site (policy `siteNotes`), in a box of its own under the organisation's
 * name, so it is never mistaken for Streamwise's advice. Text only: Preact escapes it, nothing is parsed.
 */
export function SchoolNoteBox({ note, t }: { note: SchoolNote; t: Translate }) {
  return (
    <section data-section="school-note" class="sw-section sw-school-note" aria-label={t('schoolNoteLabel')}>
      {/* The organisation writes in its own language: each line takes the direction of its text. */}
      <h3 dir="auto">{note.org}</h3>
      <p dir="auto">{note.text}</p>
    </section>
  );
}
