import type { Region } from '../utils/content-schema';
import { Message } from './Bidi';
import { ContactCard } from './ContactCard';
import { ReportingLines } from './ReportingLines';
import { SiteCard, type Audience, type Contact } from './SiteCard';
import type { CardText, SiteCardData } from '../utils/card-types';
import { TipList } from './TipList';
import type { SchoolNote } from './SchoolNote';
import type { Translate } from '../utils/translate';
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
  /** "I'm worried", where it applies: asks the page to show it, or shows it here (`open`). */
  worried?: PanelWorried;
}

/** The toolbar popup: the current site's card first, then quick tips and the reporting lines. */
export function Popup(props: PopupProps) {
  const {
    site,
    live,
    region,
    audience,
    parentTips,
    youngTips,
    extraTips = [],
    guideUrl,
    optionsUrl,
    t,
    worried,
  } = props;
  const tipSections = [
    <TipList key="parent" section="parent-tips" heading={t('parentTipsHeading')} tips={parentTips} />,
    <TipList key="young" section="young-tips" heading={t('youngTipsHeading')} tips={youngTips} />,
  ];
  if (audience === 'young-person') tipSections.reverse();

  return (
    <main class="sw-popup sw-card">
      <header class="sw-popup-header">
        <h1>{t('popupTitle')}</h1>
        <nav class="sw-popup-nav">
          <a href={guideUrl} target="_blank" rel="noopener noreferrer">
            {t('allPlatforms')}
          </a>
          {optionsUrl && (
            <a href={optionsUrl} target="_blank" rel="noopener noreferrer">
              {t('settings')}
            </a>
          )}
        </nav>
      </header>
      {worried && <WorriedButton t={t} onOpen={worried.onOpen} />}
      {worried?.open && <WorriedOverlay steps={worried.steps} t={t} onClose={worried.onClose} />}
      {site && (
        <section class="sw-popup-site" data-section="site" data-site={site.id}>
          <h2>
            <Message t={t} k="onThisSite" values={[site.name]} />
          </h2>
          <SiteCard
            site={site}
            live={live}
            text={props.text}
            audience={audience}
            region={region}
            contact={props.contact}
            schoolNote={props.schoolNote}
            t={t}
            locale={props.locale}
          />
        </section>
      )}
      {!site && <ReportingLines region={region} t={t} headingLevel={2} />}
      {!site && props.contact && <ContactCard contact={props.contact} t={t} />}
      <TipList section="extra-tips" heading={t('orgTipsHeading')} tips={extraTips} />
      {tipSections}
      {site && <ReportingLines region={region} t={t} headingLevel={2} />}
    </main>
  );
}
