import type { Region } from '../utils/content-schema';
import { Isolate, Message } from './Bidi';
import { ExternalLink } from './ExternalLink';
import type { Translate } from '../utils/translate';

interface ReportingLinesProps {
  region: Region;
  t: Translate;
  /** h2 where the lines are a page's main section, h3 inside a card. */
  headingLevel?: 2 | 3;
}

/** A country's reporting lines in the agreed order; phone numbers and emails are text, never links. */
export function ReportingLines({ region, t, headingLevel = 3 }: ReportingLinesProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="sw-section sw-lines" data-section="reporting-lines" data-region={region.code}>
      <Heading>
        <Message t={t} k="reportingLinesHeading" values={[region.name]} />
      </Heading>
      <p class="sw-emergency">
        <strong>
          <Message t={t} k="emergency" values={[region.emergency]} />
        </strong>
      </p>
      <ul>
        {region.lines.map((line) => (
          <li key={line.name} data-kind={line.kind}>
            <ExternalLink href={line.url} t={t}>
              <Isolate text={line.name} />
            </ExternalLink>
            <span class="sw-line-text">
              <Isolate text={line.description} />
            </span>
            {line.phone && (
              <span class="sw-contact">
                <Message t={t} k="phone" values={[line.phone]} />
              </span>
            )}
            {line.text && (
              <span class="sw-contact">
                <Isolate text={line.text} />
              </span>
            )}
            {line.email && (
              <span class="sw-contact">
                <Message t={t} k="email" values={[line.email]} />
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
