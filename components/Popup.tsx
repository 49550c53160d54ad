import type { ComponentChildren } from 'preact';
import type { Region } from '../utils/content-schema';
import { Isolate, Message } from './Bidi';
import { ContactCard } from './ContactCard';
import { Icon } from './Icon';
import { LineRows } from './LineRows';
import { SiteCard, type Audience, type Contact } from './SiteCard';
import type { CardText, SiteCardData } from '../utils/card-types';
import { TipList } from './TipList';
import { SchoolNoteBox, type SchoolNote } from './SchoolNote';
import type { Translate } from '../utils/translate';
import { featuredTip, tipCount, tipGroups, type TipGroup } from '../utils/tip-groups';
import type { PanelWorried } from './Panel';
import { WorriedButton, WorriedOverlay } from './WorriedOverlay';

export interface PopupProps {
  /** The active tab's platform, when it is one the registry knows. */
  site?: SiteCardData;
  live: boolean;
  region: Region;
  audience: Audience;
  parentTips: readonly string[];
  youngTips: readonly string[];
  text: CardText;
  contact?: Contact;
  /** Tips an organisation adds by policy; shown first. */
  extraTips?: readonly string[];
  /** The organisation's note for the active tab's site (policy `siteNotes`). */
  schoolNote?: SchoolNote;
  guideUrl: string;
  optionsUrl?: string;
  t: Translate;
  locale?: string;
  /** The language of the content (the site card says once that menu names stay English). */
  language?: string;
  /** "I'm worried", where it applies: asks the page to show it, or shows it here (`open`). */
  worried?: PanelWorried;
  /** Checklist progress, shown under the site's Report button (or above the lines without a site). */
  progress?: ComponentChildren;
}

/** Opens in a new tab without a referrer, like every link that leaves the popup. */
function NewTabLink(props: { href: string; class?: string; testid?: string; children: ComponentChildren }) {
  return (
    <a
      href={props.href}
      class={props.class}
      data-testid={props.testid}
      target="_blank"
      rel="noopener noreferrer"
    >
      {props.children}
    </a>
  );
}

/** One click to the platform's own reporting page; where it has none, where Report sits in the app. */
function ReportNow({ site, t }: { site: SiteCardData; t: Translate }) {
  const { url, label, path, note } = site.reporting;
  if (url?.startsWith('https://')) {
    return (
      <p class="sw-report-now">
        <NewTabLink href={url} class="sw-button" testid="report-now">
          <Icon name="flag" />
          <span>
            {label ? <Isolate text={label} /> : <Message t={t} k="reportLink" values={[site.name]} />}
          </span>
          <span class="sw-visually-hidden"> {t('opensInNewTab')}</span>
        </NewTabLink>
      </p>
    );
  }
  return (
    <p class="sw-report-now sw-report-path" data-testid="report-now">
      <Icon name="flag" />
      <span>{path ? <Message t={t} k="reportPath" values={[path]} /> : note && <Isolate text={note} />}</span>
    </p>
  );
}

function SiteSummary(props: PopupProps & { site: SiteCardData }) {
  const { site, live, t } = props;
  return (
    <section class="sw-popup-site" data-section="site" data-site={site.id} data-live={String(live)}>
      <div class="sw-site-head">
        <h2>
          <Message t={t} k="onThisSite" values={[site.name]} />
        </h2>
        {live && <span class="sw-live-badge">{t('liveBadge')}</span>}
      </div>
      <ReportNow site={site} t={t} />
      {props.progress}
      {props.schoolNote && <SchoolNoteBox note={props.schoolNote} t={t} />}
      <details class="sw-fold" data-section="site-card">
        <summary>
          <Message t={t} k="siteCardFold" values={[site.name]} />
        </summary>
        <SiteCard
          site={site}
          live={live}
          text={props.text}
          audience={props.audience}
          region={props.region}
          t={t}
          locale={props.locale}
          language={props.language}
        />
      </details>
    </section>
  );
}

function Tips({ groups, guideUrl, t }: { groups: readonly TipGroup[]; guideUrl: string; t: Translate }) {
  const featured = featuredTip(groups);
  if (featured === undefined) return null;
  const more = tipCount(groups) - 1;
  return (
    <section class="sw-section sw-popup-tips" data-section="tips">
      <div class="sw-popup-tips-head">
        <h2>
          <Icon name="bulb" />
          {t('tipHeading')}
        </h2>
        <NewTabLink href={`${guideUrl}#tips`} class="sw-popup-link" testid="all-tips">
          <Icon name="book" />
          {t('allTips')}
        </NewTabLink>
      </div>
      <p data-testid="featured-tip">
        <Isolate text={featured} />
      </p>
      {more > 0 && (
        <details class="sw-fold" data-section="tips-fold">
          <summary>
            <Message t={t} k="moreTips" values={[String(more)]} />
          </summary>
          {groups.map((g) => (
            <TipList key={g.section} section={g.section} heading={t(g.heading)} tips={g.tips} />
          ))}
        </details>
      )}
    </section>
  );
}

/**
 * The toolbar popup, built to be taken in at a glance: the site and its Report button, "I'm worried"
 * where it applies, the country's lines as rows, one tip. Nothing is dropped: the site's full card, each
 * line's description and every tip wait behind a disclosure.
 */
export function Popup(props: PopupProps) {
  const { site, region, guideUrl, optionsUrl, t, worried } = props;
  const groups = tipGroups(props);
  return (
    <main class="sw-popup sw-card">
      <header class="sw-popup-header">
        <h1>{t('popupTitle')}</h1>
        <nav class="sw-popup-nav">
          <NewTabLink href={guideUrl} class="sw-popup-link">
            <Icon name="book" />
            {t('allPlatforms')}
          </NewTabLink>
          {optionsUrl && (
            <NewTabLink href={optionsUrl} class="sw-popup-link">
              <Icon name="sliders" />
              {t('settings')}
            </NewTabLink>
          )}
        </nav>
      </header>
      {worried && <WorriedButton t={t} onOpen={worried.onOpen} />}
      {worried?.open && <WorriedOverlay steps={worried.steps} t={t} onClose={worried.onClose} />}
      {site && <SiteSummary {...props} site={site} />}
      {!site && props.progress}
      {props.contact && <ContactCard contact={props.contact} t={t} />}
      <LineRows region={region} t={t} />
      <Tips groups={groups} guideUrl={guideUrl} t={t} />
    </main>
  );
}
