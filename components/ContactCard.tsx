import { Isolate, Message } from './Bidi';
import { ExternalLink } from './ExternalLink';
import type { Contact } from '../utils/settings-model';
import type { ComponentChildren } from 'preact';
import type { Translate } from '../utils/translate';

/** A school's safeguarding lead or IT contact, set by policy. Phone and email are text, never links. */
export type { Contact };

/** `heading` replaces "Talk to <name>" (the "I'm worried" cover says "Tell <name> now"). */
export function ContactCard(props: { contact: Contact; t: Translate; heading?: ComponentChildren }) {
  const { contact, t, heading } = props;
  return (
    <section data-section="contact" class="sw-section">
      <h3>{heading ?? <Message t={t} k="talkTo" values={[contact.name]} />}</h3>
      {contact.url && (
        <p>
          <ExternalLink href={contact.url} t={t}>
            <Isolate text={contact.name} />
          </ExternalLink>
        </p>
      )}
      {contact.phone && (
        <p>
          <Message t={t} k="phone" values={[contact.phone]} />
        </p>
      )}
      {contact.email && (
        <p>
          <Message t={t} k="email" values={[contact.email]} />
        </p>
      )}
    </section>
  );
}
