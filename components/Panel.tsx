import { SiteCard, type SiteCardProps } from './SiteCard';

export type PanelState = 'open' | 'collapsed';
export type PanelCorner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

export interface PanelProps extends SiteCardProps {
  state: PanelState;
  corner?: PanelCorner;
  onCollapse: () => void;
  onExpand: () => void;
  onDismiss: () => void;
}

function ShieldIcon() {
  return (
    <svg class="sw-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5l-8-3Zm-1 14-4-4 1.4-1.4L11 13.2l4.6-4.6L17 10l-6 6Z"
      />
    </svg>
  );
}

/** The in-page panel: a small button when collapsed, the site's card when open. Never takes focus. */
export function Panel(props: PanelProps) {
  const { site, live, state, corner = 'bottom-right', onCollapse, onExpand, onDismiss, t } = props;
  const common = {
    'data-testid': 'panel',
    'data-state': state,
    'data-live': String(live),
    'data-site': site.id,
    'data-corner': corner,
  };

  if (state === 'collapsed') {
    return (
      <div {...common} class="sw-panel sw-collapsed">
        <button
          type="button"
          class="sw-chip"
          data-action="expand"
          aria-expanded="false"
          aria-label={t('expandLabel', site.name)}
          onClick={onExpand}
        >
          <ShieldIcon />
          <span aria-hidden="true">{t('chipLabel')}</span>
          {live && <span class="sw-live-dot" aria-hidden="true" />}
        </button>
      </div>
    );
  }

  return (
    <aside
      {...common}
      class="sw-panel sw-open"
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
        <SiteCard {...props} />
      </div>
    </aside>
  );
}
