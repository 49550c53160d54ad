import type { Site } from '../utils/registry-schema';
import { formatReviewedMonth } from '../utils/format-date';
import { ExternalLink } from './ExternalLink';
import type { Translate } from './messages';

/** The card text a surface needs; the content script receives exactly this from storage. */
export type SiteCardData = Omit<Site, 'hosts' | 'excludeHosts' | 'live' | 'testUrls'>;

export interface SiteCardProps {
  site: SiteCardData;
  live: boolean;
  /** General live-streaming risks (content/tips), shown first on live pages. */
  liveRisks: readonly string[];
  /** General lines for young people (content/tips), before the site's own. */
  youngPersonLines: readonly string[];
  t: Translate;
  locale?: string;
}

type Section = NonNullable<Site['thirdPartySections']>[number];

function ThirdPartyNote({ site, section, t }: { site: SiteCardData; section: Section; t: Translate }) {
  if (!site.thirdPartySections?.includes(section)) return null;
  return <p class="sw-note">{t('thirdPartyNote', site.name)}</p>;
}

function LiveSection({ site, liveRisks, t }: Pick<SiteCardProps, 'site' | 'liveRisks' | 't'>) {
  return (
    <section data-section="live-risks" class="sw-section sw-live">
      <h3>{t('liveHeading')}</h3>
      <ul>
        {liveRisks.map((line) => (
          <li key={line}>{line}</li>
        ))}
        {(site.liveNotes ?? []).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <ThirdPartyNote site={site} section="live" t={t} />
    </section>
  );
}

function ReportSection({ site, t }: Pick<SiteCardProps, 'site' | 't'>) {
  const { url, path, note } = site.reporting;
  return (
    <section data-section="report" class="sw-section">
      <h3>{t('reportHeading')}</h3>
      {url && (
        <p>
          <ExternalLink href={url} newTabHint={t('opensInNewTab')}>
            {t('reportLink', site.name)}
          </ExternalLink>
        </p>
      )}
      {path && <p>{t('reportPath', path)}</p>}
      {note && <p>{note}</p>}
      <ThirdPartyNote site={site} section="reporting" t={t} />
    </section>
  );
}

function PrivacySection({ site, t }: Pick<SiteCardProps, 'site' | 't'>) {
  if (!site.privacySteps?.length) return null;
  return (
    <section data-section="privacy" class="sw-section">
      <h3>{t('privacyHeading')}</h3>
      <ol>
        {site.privacySteps.map((step) => (
          <li key={step.text}>
            {step.text}
            {step.path && <span class="sw-path">{step.path}</span>}
          </li>
        ))}
      </ol>
      <ThirdPartyNote site={site} section="privacy" t={t} />
    </section>
  );
}

function FamilySection({ site, t }: Pick<SiteCardProps, 'site' | 't'>) {
  if (!site.familyTools?.length) return null;
  return (
    <section data-section="family" class="sw-section">
      <h3>{t('familyHeading')}</h3>
      <ul>
        {site.familyTools.map((tool) => (
          <li key={tool.name}>
            {tool.url ? (
              <ExternalLink href={tool.url} newTabHint={t('opensInNewTab')}>
                {tool.name}
              </ExternalLink>
            ) : (
              <strong>{tool.name}</strong>
            )}
            {': '}
            {tool.description}
            {tool.path && <span class="sw-path">{tool.path}</span>}
          </li>
        ))}
      </ul>
      <ThirdPartyNote site={site} section="familyTools" t={t} />
    </section>
  );
}

function YoungSection({ site, youngPersonLines, t }: Pick<SiteCardProps, 'site' | 'youngPersonLines' | 't'>) {
  return (
    <section data-section="young" class="sw-section">
      <h3>{t('youngHeading')}</h3>
      <ul>
        {[...youngPersonLines, ...(site.youngPersonTips ?? [])].map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

function AboutSection({ site, t }: Pick<SiteCardProps, 'site' | 't'>) {
  const lines = [
    ...(site.minimumAge !== undefined ? [t('minimumAge', String(site.minimumAge))] : []),
    ...(site.minimumLiveAge !== undefined ? [t('minimumLiveAge', String(site.minimumLiveAge))] : []),
    ...(site.ageNote ? [site.ageNote] : []),
    ...(site.notes ?? []),
  ];
  if (lines.length === 0) return null;
  return (
    <section data-section="about" class="sw-section">
      <h3>{t('notesHeading')}</h3>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <ThirdPartyNote site={site} section="ages" t={t} />
    </section>
  );
}

function CardFooter({ site, t, locale }: Pick<SiteCardProps, 'site' | 't' | 'locale'>) {
  return (
    <footer class="sw-footer">
      {site.safetyCentreUrl && (
        <p>
          <ExternalLink href={site.safetyCentreUrl} newTabHint={t('opensInNewTab')}>
            {t('safetyCentre', site.name)}
          </ExternalLink>
        </p>
      )}
      <p class="sw-checked">{t('checked', formatReviewedMonth(site.reviewed, locale))}</p>
      <details class="sw-sources">
        <summary>{t('sources')}</summary>
        <ul>
          {site.sources.map((source) => (
            <li key={source.url}>
              {source.official ? (
                <ExternalLink href={source.url} newTabHint={t('opensInNewTab')}>
                  {source.title}
                </ExternalLink>
              ) : (
                <span>
                  {source.title} ({source.url})
                </span>
              )}
            </li>
          ))}
        </ul>
      </details>
    </footer>
  );
}

/** One platform's advice: the same component serves the panel, popup and guide. */
export function SiteCard(props: SiteCardProps) {
  const { live } = props;
  return (
    <div class="sw-card" data-live={String(live)}>
      {live && <LiveSection {...props} />}
      {live && <ReportSection {...props} />}
      <PrivacySection {...props} />
      <FamilySection {...props} />
      {!live && <ReportSection {...props} />}
      <YoungSection {...props} />
      <AboutSection {...props} />
      <CardFooter {...props} />
    </div>
  );
}
