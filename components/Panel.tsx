import { SiteCard, type SiteCardProps } from './SiteCard';
import { WorriedButton, WorriedOverlay } from './WorriedOverlay';
import type { PanelCorner } from '../utils/settings-model';
import type { WorriedStep } from '../utils/worried';
import { directionOf } from '../utils/languages';

/** "I'm worried" in the panel: absent where it does not apply (see utils/worried.ts). */
export interface PanelWorried {
  steps: readonly WorriedStep[];
  open: boolean;
  onOpen: () => void;
  onClose: () => void;
}

export interface PanelProps extends SiteCardProps {
  corner?: PanelCorner;
  onCollapse: () => void;
  onDismiss: () => void;
  worried?: PanelWorried;
}

/** The open in-page panel: the site's card with collapse and dismiss. The chip is the loader's. */
export function Panel(props: PanelProps) {
  const { site, live, corner = 'bottom-right', language = 'en', onCollapse, onDismiss, t, worried } = props;
  const common = {
    'data-testid': 'panel',
    'data-state': 'open',
    'data-live': String(live),
    'data-site': site.id,
    'data-corner': corner,
  };

  return (
    <>
      <aside
        {...common}
        class="sw-panel sw-open"
        lang={language}
        dir={directionOf(language)}
        aria-label={t('panelLabel', site.name)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onCollapse();
          }
        }}
      >
        <header class="sw-header">
          <h2>{t('panelTitle', site.name)}</h2>
          <div class="sw-actions">
            <button
              type="button"
              data-action="collapse"
              aria-expanded="true"
              aria-label={t('collapseLabel')}
              title={t('collapse')}
              onClick={onCollapse}
            >
              <span aria-hidden="true">–</span>
            </button>
            <button
              type="button"
              data-action="dismiss"
              aria-label={t('dismissLabel', site.name)}
              title={t('dismiss')}
              onClick={onDismiss}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        </header>
        <p class="sw-visually-hidden" aria-live="polite">
          {live ? t('liveAnnouncement') : ''}
        </p>
        <div class="sw-body">
          {worried && <WorriedButton t={t} onOpen={worried.onOpen} />}
          <SiteCard {...props} />
        </div>
      </aside>
      {worried?.open && <WorriedOverlay steps={worried.steps} t={t} onClose={worried.onClose} />}
    </>
  );
}
