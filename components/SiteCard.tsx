import type { ComponentChildren } from 'preact';
import type { Region } from '../utils/content-schema';
import type { Site } from '../utils/registry-schema';
import { pickConversationStarters } from '../utils/site-features';
import { formatReviewedMonth } from '../utils/format-date';
import { localeLanguage } from '../utils/panel-text';
import { Isolate, Message } from './Bidi';
import { ContactCard, type Contact } from './ContactCard';
import { ExternalLink } from './ExternalLink';
import { LineItem } from './LineItem';
import { StepCheckbox } from './StepCheckbox';
import { checklistProgress, checklistSteps, stepStatus, type SiteChecklist } from '../utils/checklist';
import { SchoolNoteBox, type SchoolNote } from './SchoolNote';
import type { Translate } from '../utils/translate';
import type { CardText, SiteCardData } from '../utils/card-types';
import type { Audience } from '../utils/settings-model';

export type { Audience, Contact };

/** The settings checklist on a card: this site's ticks, and what to do when the reader ticks a step. */
export interface CardChecklist {
  ticks: SiteChecklist;
  onToggle: (stepId: string, checked: boolean) => void;
}

export interface SiteCardProps {
  site: SiteCardData;
  live: boolean;
  text: CardText;
  t: Translate;
  audience?: Audience;
  /** The reader's reporting lines; the card names the national line and emergency number. */
  region?: Region;
  contact?: Contact;
  locale?: string;
  /**
   * The language of the card's content (English when absent). In any other, menu paths and quoted
   * setting names are still the app's English words, which the card says once.
   */
  language?: string;
  /** The organisation's own note for this site (policy `siteNotes`), shown in a separate box under its name. */
  schoolNote?: SchoolNote;
  /** Tick boxes on the privacy steps and family tools; absent where a policy hides the checklist. */
  checklist?: CardChecklist;
}

type Section = NonNullable<Site['thirdPartySections']>[number];
const MAX_TALK = 4;

function Block(props: { id: string; heading: string; class?: string; children: ComponentChildren }) {
  return (
    <section data-section={props.id} class={`sw-section ${props.class ?? ''}`}>
      <h3>{props.heading}</h3>
      {props.children}
    </section>
  );
}

function Lines({ lines }: { lines: readonly string[] }) {
  return (
    <ul>
      {lines.map((line) => (
        <li key={line}>
          <Isolate text={line} />
        </li>
      ))}
    </ul>
  );
}

/** A calm note where any of these sections rests on third-party sources only. */
function ThirdPartyNote({
  site,
  section,
  t,
}: {
  site: SiteCardData;
  section: Section | Section[];
  t: Translate;
}) {
  const sections = Array.isArray(section) ? section : [section];
  if (!sections.some((s) => site.thirdPartySections?.includes(s))) return null;
  return (
    <p class="sw-note">
      <Message t={t} k="thirdPartyNote" values={[site.name]} />
    </p>
  );
}

function LiveSection({ text, t }: SiteCardProps) {
  // Short, so that Report is in view straight after it; the site's own live facts are under About.
  return (
    <Block id="live-risks" heading={t('liveHeading')} class="sw-live">
      <Lines lines={text.liveRisks} />
    </Block>
  );
}

function ReportSection({ site, region, t }: SiteCardProps) {
  const { url, label, path, note } = site.reporting;
  const national = region?.lines[0];
  // Services that get a young person's nude image taken down (Report Remove, Take It Down, NeedHelpNow).
  const removal = region?.lines.filter((l) => l.kind === 'image-removal') ?? [];
  return (
    <Block id="report" heading={t('reportHeading')}>
      {url && (
        <p>
          <ExternalLink href={url} t={t}>
            {label ? <Isolate text={label} /> : <Message t={t} k="reportLink" values={[site.name]} />}
          </ExternalLink>
        </p>
      )}
      {path && (
        <p>
          <Message t={t} k="reportPath" values={[path]} />
        </p>
      )}
      {note && (
        <p>
          <Isolate text={note} />
        </p>
      )}
      <ThirdPartyNote site={site} section="reporting" t={t} />
      {national && (
        <p data-testid="national-line" data-region={region.code}>
          {t('thenReportTo')}{' '}
          <ExternalLink href={national.url} t={t}>
            <Isolate text={national.name} />
          </ExternalLink>
          {national.phone && (
            <>
              {' ('}
              <Message t={t} k="phone" values={[national.phone]} />)
            </>
          )}
        </p>
      )}
      {region && (
        <p class="sw-emergency">
          <Message t={t} k="emergency" values={[region.emergency]} />
        </p>
      )}
      {removal.map((line) => (
        <p key={line.name} data-testid="image-removal">
          <ExternalLink href={line.url} t={t}>
            <Isolate text={line.name} />
          </ExternalLink>
          {line.phone && (
            <>
              {' ('}
              <Message t={t} k="phone" values={[line.phone]} />)
            </>
          )}
          {': '}
          <Isolate text={line.description} />
        </p>
      ))}
    </Block>
  );
}

function SchoolNoteSection({ schoolNote, t }: SiteCardProps) {
  return schoolNote ? <SchoolNoteBox note={schoolNote} t={t} /> : null;
}

function ContactSection({ contact, t }: SiteCardProps) {
  return contact ? <ContactCard contact={contact} t={t} /> : null;
}

/** "November 2026" in the reader's language: the worker's own format, else Intl. */
const reviewedMonth = (site: SiteCardData, locale: string | undefined) =>
  site.reviewedMonth?.[localeLanguage(locale ?? 'en')] ?? formatReviewedMonth(site.reviewed, locale);

/** Said once per card, in the first section that names menus (privacy steps, else family tools). */
function MenuNamesNote({ language, t }: SiteCardProps) {
  if ((language ?? 'en') === 'en') return null;
  return (
    <p class="sw-note" data-testid="menu-names-note">
      {t('menuNamesEnglish')}
    </p>
  );
}

/** "2 of 5 steps done", once per card, above the first tickable list. */
function ChecklistCount({ site, checklist, t }: SiteCardProps) {
  if (!checklist) return null;
  const { done, total } = checklistProgress(checklistSteps(site), checklist.ticks, site.reviewed);
  return (
    <p class="sw-checklist-count" data-testid="checklist-count">
      {t('checklistCardProgress', String(done), String(total))}
    </p>
  );
}

/** A step's checkbox props: the same ids as the stored ticks (checklist.ts), unique per card in a page. */
function checkProps(
  props: SiteCardProps,
  checklist: CardChecklist,
  kind: 'privacy' | 'family',
  index: number,
) {
  const { site, t, locale } = props;
  const steps = checklistSteps(site);
  const step = steps.filter((s) => s.kind === kind)[index]!;
  return {
    id: `sw-check-${site.id}-${step.id}`,
    stepId: step.id,
    status: stepStatus(checklist.ticks, step.id, site.reviewed),
    label: step.text,
    staleText: t('checkAgain', reviewedMonth(site, locale)),
    onToggle: checklist.onToggle,
  };
}

function PrivacySection(props: SiteCardProps) {
  const { site, t, checklist } = props;
  if (!site.privacySteps?.length) return null;
  if (checklist) {
    return (
      <Block id="privacy" heading={t('privacyHeading')}>
        <MenuNamesNote {...props} />
        <ChecklistCount {...props} />
        <ol class="sw-checklist">
          {site.privacySteps.map((step, i) => {
            const check = checkProps(props, checklist, 'privacy', i);
            return (
              <StepCheckbox key={check.stepId} {...check}>
                <label for={check.id}>
                  <Isolate text={step.text} />
                </label>
                {step.path && (
                  <span class="sw-path">
                    <Isolate text={step.path} />
                  </span>
                )}
              </StepCheckbox>
            );
          })}
        </ol>
        <ThirdPartyNote site={site} section="privacy" t={t} />
      </Block>
    );
  }
  return (
    <Block id="privacy" heading={t('privacyHeading')}>
      <MenuNamesNote {...props} />
      <ol>
        {site.privacySteps.map((step) => (
          <li key={step.text}>
            <Isolate text={step.text} />
            {step.path && (
              <span class="sw-path">
                <Isolate text={step.path} />
              </span>
            )}
          </li>
        ))}
      </ol>
      <ThirdPartyNote site={site} section="privacy" t={t} />
    </Block>
  );
}

function FamilySection(props: SiteCardProps) {
  const { site, t, checklist } = props;
  if (!site.familyTools?.length) return null;
  if (checklist) {
    return (
      <Block id="family" heading={t('familyHeading')}>
        {!site.privacySteps?.length && <MenuNamesNote {...props} />}
        {!site.privacySteps?.length && <ChecklistCount {...props} />}
        <ul class="sw-checklist">
          {site.familyTools.map((tool, i) => {
            const check = checkProps(props, checklist, 'family', i);
            return (
              <StepCheckbox key={check.stepId} {...check}>
                <ExternalLink href={tool.url} t={t}>
                  <Isolate text={tool.name} />
                </ExternalLink>
                {': '}
                <label for={check.id}>
                  <Isolate text={tool.description} />
                </label>
                {tool.path && (
                  <span class="sw-path">
                    <Isolate text={tool.path} />
                  </span>
                )}
              </StepCheckbox>
            );
          })}
        </ul>
        <ThirdPartyNote site={site} section="familyTools" t={t} />
      </Block>
    );
  }
  return (
    <Block id="family" heading={t('familyHeading')}>
      {!site.privacySteps?.length && <MenuNamesNote {...props} />}
      <ul>
        {site.familyTools.map((tool) => (
          <li key={tool.name}>
            <ExternalLink href={tool.url} t={t}>
              <Isolate text={tool.name} />
            </ExternalLink>
            {': '}
            <Isolate text={tool.description} />
            {tool.path && (
              <span class="sw-path">
                <Isolate text={tool.path} />
              </span>
            )}
          </li>
        ))}
      </ul>
      <ThirdPartyNote site={site} section="familyTools" t={t} />
    </Block>
  );
}

function TalkSection({ site, text, t }: SiteCardProps) {
  const lines = pickConversationStarters(text.talkAbout, site.features ?? [], MAX_TALK).map((q) => q.text);
  if (lines.length === 0) return null;
  return (
    <Block id="talk" heading={t('talkHeading')}>
      <Lines lines={lines} />
    </Block>
  );
}

function YoungSection({ site, text, audience, t }: SiteCardProps) {
  const lines = audience === 'young-person' ? [...text.youngLines, ...text.youngTips] : text.youngTips;
  return (
    <Block id="young" heading={t(audience === 'young-person' ? 'youngLeadHeading' : 'youngHeading')}>
      <Lines lines={[...lines, ...(site.youngPersonTips ?? [])]} />
    </Block>
  );
}

function EvidenceSection({ text, t }: SiteCardProps) {
  if (text.keepEvidence.length === 0) return null;
  return (
    <Block id="evidence" heading={t('evidenceHeading')}>
      <Lines lines={text.keepEvidence} />
    </Block>
  );
}

function SupportSection({ region, t }: SiteCardProps) {
  const lines =
    region?.lines.filter((l) => l.kind === 'helpline-children' || l.kind === 'helpline-parents') ?? [];
  if (lines.length === 0) return null;
  return (
    <Block id="support" heading={t('supportHeading')}>
      <ul>
        {lines.map((line) => (
          <LineItem key={line.name} line={line} t={t} />
        ))}
      </ul>
    </Block>
  );
}

function AboutSection({ site, t }: SiteCardProps) {
  const lines = [
    ...(site.minimumAge !== undefined ? [t('minimumAge', String(site.minimumAge))] : []),
    ...(site.minimumLiveAge !== undefined ? [t('minimumLiveAge', String(site.minimumLiveAge))] : []),
    ...(site.ageNote ? [site.ageNote] : []),
    ...(site.liveNotes ?? []),
    ...(site.notes ?? []),
  ];
  if (lines.length === 0) return null;
  return (
    <Block id="about" heading={t('notesHeading')}>
      <Lines lines={lines} />
      <ThirdPartyNote site={site} section={site.liveNotes?.length ? ['ages', 'live'] : 'ages'} t={t} />
    </Block>
  );
}

function CardFooter({ site, t, locale }: SiteCardProps) {
  return (
    <footer class="sw-footer">
      {site.safetyCentreUrl && (
        <p>
          <ExternalLink href={site.safetyCentreUrl} t={t}>
            {site.safetyCentreLabel ? (
              <Isolate text={site.safetyCentreLabel} />
            ) : (
              <Message t={t} k="safetyCentre" values={[site.name]} />
            )}
          </ExternalLink>
        </p>
      )}
      <p class="sw-checked">{t('checked', reviewedMonth(site, locale))}</p>
      <details class="sw-sources">
        <summary>{t('sources')}</summary>
        <ul>
          {site.sources.map((source) => (
            <li key={source.url}>
              {source.official ? (
                <ExternalLink href={source.url} t={t}>
                  <Isolate text={source.title} />
                </ExternalLink>
              ) : (
                <span>
                  <Isolate text={source.title} /> (<Isolate text={source.url} />)
                </span>
              )}
            </li>
          ))}
        </ul>
      </details>
    </footer>
  );
}

/**
 * One platform's advice: the same component serves the panel, popup and guide. On a live page it
 * leads with the risks and then Report; for a young reader it leads with what is not OK and who helps.
 */
export function SiteCard(props: SiteCardProps) {
  const young = props.audience === 'young-person';
  const order = props.live
    ? [LiveSection, ReportSection, SchoolNoteSection, ContactSection, young ? YoungSection : EvidenceSection]
    : young
      ? [SchoolNoteSection, YoungSection, ReportSection, ContactSection]
      : [SchoolNoteSection, PrivacySection, FamilySection, ReportSection, ContactSection];
  const rest = [
    PrivacySection,
    FamilySection,
    TalkSection,
    YoungSection,
    EvidenceSection,
    SupportSection,
    AboutSection,
  ];
  const sections = [...order, ...rest.filter((s) => !order.includes(s))].filter(
    (s) => !(young && s === TalkSection),
  );
  return (
    <div class="sw-card" data-live={String(props.live)} data-audience={props.audience ?? 'parent'}>
      {sections.map((Part, i) => (
        <Part key={i} {...props} />
      ))}
      <CardFooter {...props} />
    </div>
  );
}
