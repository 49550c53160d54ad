import { Isolate, Message } from './Bidi';
import { ExternalLink } from './ExternalLink';
import type { Translate } from '../utils/translate';
import type { WorriedLine } from '../utils/worried';

/**
 * One helpline or reporting line as a list item: its name as a link to its own page, its phone number and
 * text code as text (never as links: a child's tap must not start a call by accident). Shared by the
 * card's support section and the "I'm worried" cover.
 */
export function LineItem({ line, t }: { line: WorriedLine; t: Translate }) {
  return (
    <li>
      <ExternalLink href={line.url} t={t}>
        <Isolate text={line.name} />
      </ExternalLink>
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
    </li>
  );
}
