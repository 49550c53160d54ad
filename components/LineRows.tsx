import { useState } from 'preact/hooks';
import type { Region, ReportingLine } from '../utils/content-schema';
import { Isolate, Message } from './Bidi';
import { ExternalLink } from './ExternalLink';
import { Icon } from './Icon';
import type { Translate } from '../utils/translate';

interface LineRowsProps {
  region: Region;
  t: Translate;
}

/** One line as a row: its name (the one link), its phone number, and what it is for behind a disclosure. */
function LineRow({ line, id, t }: { line: ReportingLine; id: string; t: Translate }) {
  const [open, setOpen] = useState(false);
  return (
    <li class="sw-line-row" data-kind={line.kind} data-open={String(open)}>
      <div class="sw-line-head">
        <span class="sw-line-main">
          <span class="sw-line-name">
            <ExternalLink href={line.url} t={t}>
              <Isolate text={line.name} />
            </ExternalLink>
          </span>
          {line.phone && (
            <span class="sw-line-phone" data-testid="line-phone">
              <Icon name="phone" />
              <span class="sw-visually-hidden">{t('phoneLabel')} </span>
              <Isolate text={line.phone} />
            </span>
          )}
        </span>
        <button
          type="button"
          class="sw-disclose"
          data-action="line-details"
          aria-expanded={open}
          aria-controls={id}
          aria-label={t('moreAbout', line.name)}
          title={t('moreAbout', line.name)}
          onClick={() => setOpen(!open)}
        >
          <Icon name="chevron" />
        </button>
      </div>
      <div class="sw-line-more" id={id} hidden={!open}>
        <p class="sw-line-text">
          <Isolate text={line.description} />
        </p>
        {line.text && (
          <p class="sw-contact">
            <Isolate text={line.text} />
          </p>
        )}
        {line.email && (
          <p class="sw-contact">
            <Message t={t} k="email" values={[line.email]} />
          </p>
        )}
      </div>
    </li>
  );
}

/**
 * A country's reporting lines as compact rows, in the agreed order, with the emergency number first.
 * Every line is there; only its description waits behind a button. Phone numbers are text, never links.
 */
export function LineRows({ region, t }: LineRowsProps) {
  return (
    <section class="sw-section sw-line-rows" data-section="reporting-lines" data-region={region.code}>
      <h2>
        <Message t={t} k="reportingLinesHeading" values={[region.name]} />
      </h2>
      <p class="sw-emergency">
        <Icon name="alert" />
        <strong>
          <Message t={t} k="emergency" values={[region.emergency]} />
        </strong>
      </p>
      <ul>
        {region.lines.map((line, i) => (
          <LineRow key={line.name} line={line} id={`sw-line-${region.code}-${i}`} t={t} />
        ))}
      </ul>
    </section>
  );
}
