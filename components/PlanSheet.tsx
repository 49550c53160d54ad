import type { ComponentChildren } from 'preact';
import type { FamilyPlan, PlanPlatform } from '../utils/family-plan';
import { printableUrl } from '../utils/family-plan';
import type { ReportingLine } from '../utils/content-schema';
import type { Translate } from '../utils/translate';

/** A step as a box to tick with a pen: the box is drawn, so a paper copy works without ink tricks. */
function Tick({ children }: { children: ComponentChildren }) {
  return (
    <li>
      <span class="sw-plan-box" aria-hidden="true" />
      <span>{children}</span>
    </li>
  );
}

/** An address printed as text, so a paper copy can be typed in; on screen it is still a link. */
function Address({ url }: { url: string }) {
  return (
    <a class="sw-plan-url" href={url} target="_blank" rel="noopener noreferrer">
      {printableUrl(url)}
    </a>
  );
}

function Platform({ platform, t }: { platform: PlanPlatform; t: Translate }) {
  const { reporting } = platform;
  return (
    <section class="sw-plan-site" data-site={platform.id} aria-labelledby={`sw-plan-${platform.id}`}>
      <h3 id={`sw-plan-${platform.id}`}>{platform.name}</h3>
      <p class="sw-plan-checked">{t('checked', platform.reviewedText)}</p>
      {platform.privacySteps.length > 0 && (
        <div data-part="privacy">
          <h4>{t('privacyHeading')}</h4>
          <ul class="sw-plan-ticks">
            {platform.privacySteps.map((step) => (
              <Tick key={step.text}>
                {step.text}
                {step.path && <span class="sw-path">{step.path}</span>}
              </Tick>
            ))}
          </ul>
        </div>
      )}
      {platform.familyTools.length > 0 && (
        <div data-part="family">
          <h4>{t('familyHeading')}</h4>
          <ul class="sw-plan-ticks">
            {platform.familyTools.map((tool) => (
              <Tick key={tool.name}>
                <strong>{tool.name}</strong>
                {': '}
                {tool.description}
                {tool.path && <span class="sw-path">{tool.path}</span>}
                {tool.url && <Address url={tool.url} />}
              </Tick>
            ))}
          </ul>
        </div>
      )}
      <div data-part="report">
        <h4>{t('reportHeading')}</h4>
        {reporting.path && <p>{t('reportPath', reporting.path)}</p>}
        {reporting.url && (
          <p>
            {reporting.label ?? t('reportLink', platform.name)}
            {': '}
            <Address url={reporting.url} />
          </p>
        )}
        {reporting.note && <p>{reporting.note}</p>}
        {platform.safetyCentreUrl && (
          <p>
            {t('safetyCentre', platform.name)}
            {': '}
            <Address url={platform.safetyCentreUrl} />
          </p>
        )}
      </div>
    </section>
  );
}

function Line({ line, t }: { line: ReportingLine; t: Translate }) {
  return (
    <li data-kind={line.kind}>
      <strong>{line.name}</strong>
      <span class="sw-line-text">{line.description}</span>
      {line.phone && <span class="sw-contact">{t('phone', line.phone)}</span>}
      {line.text && <span class="sw-contact">{line.text}</span>}
      {line.email && <span class="sw-contact">{t('email', line.email)}</span>}
      {line.url && <Address url={line.url} />}
    </li>
  );
}

/** The page to print: every chosen platform's steps as boxes, the questions, then where to get help. */
export function PlanSheet({ plan, t }: { plan: FamilyPlan; t: Translate }) {
  return (
    <article class="sw-plan-sheet" data-testid="plan-sheet" aria-labelledby="sw-plan-title">
      <header class="sw-plan-sheet-head">
        <h2 id="sw-plan-title">{t('planSheetTitle')}</h2>
        <p>{t('planPrinted', plan.printedText)}</p>
      </header>
      {plan.platforms.map((platform) => (
        <Platform key={platform.id} platform={platform} t={t} />
      ))}
      <section class="sw-plan-talk" aria-labelledby="sw-plan-talk">
        <h3 id="sw-plan-talk">{t('talkHeading')}</h3>
        <ul>
          {plan.questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      </section>
      <section
        class="sw-plan-help"
        data-section="plan-lines"
        data-region={plan.region.code}
        aria-labelledby="sw-plan-help"
      >
        <h3 id="sw-plan-help">{t('reportingLinesHeading', plan.region.name)}</h3>
        <p class="sw-plan-emergency">
          <strong>{t('emergency', plan.region.emergency)}</strong>
        </p>
        <ul>
          {plan.region.lines.map((line) => (
            <Line key={line.name} line={line} t={t} />
          ))}
        </ul>
      </section>
      <footer class="sw-plan-foot">
        <p>{t('planKeepChecking')}</p>
      </footer>
    </article>
  );
}
