import type { ProgressEntry } from '../utils/checklist-visited';
import type { Translate } from '../utils/translate';

export interface ChecklistProgressProps {
  /** From `visitedProgress`: the visited platforms with steps, current one first. Empty: nothing shows. */
  entries: readonly ProgressEntry[];
  t: Translate;
}

/** "TikTok 3 of 5 · Roblox 5 of 5 · Discord not started": props only, so the popup can place it anywhere. */
export function ChecklistProgress({ entries, t }: ChecklistProgressProps) {
  if (entries.length === 0) return null;
  return (
    <section class="sw-checklist-progress" data-section="checklist-progress" aria-labelledby="sw-progress-h">
      <h2 id="sw-progress-h">{t('checklistHeading')}</h2>
      <ul class="sw-progress-list">
        {entries.map((entry, i) => (
          <li key={entry.siteId} data-site={entry.siteId} data-done={entry.done} data-total={entry.total}>
            {i > 0 && <span aria-hidden="true">{' · '}</span>}
            {entry.done === 0 && entry.stale === 0
              ? t('checklistSiteNotStarted', entry.name)
              : t('checklistSiteProgress', entry.name, String(entry.done), String(entry.total))}
            {entry.stale > 0 && ` (${t('checklistSiteStale', String(entry.stale))})`}
          </li>
        ))}
      </ul>
    </section>
  );
}
