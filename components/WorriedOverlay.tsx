import { useLayoutEffect, useRef } from 'preact/hooks';
import { Isolate, Message } from './Bidi';
import { ContactCard } from './ContactCard';
import { ExternalLink } from './ExternalLink';
import type { Translate } from '../utils/translate';
import type { WorriedStep } from '../utils/worried';
import { LineItem } from './LineItem';

export interface WorriedOverlayProps {
  steps: readonly WorriedStep[];
  t: Translate;
  /** "Back to the page" or Escape. The caller returns focus to the button that opened it. */
  onClose: () => void;
}

function Step({ step, t }: { step: WorriedStep; t: Translate }) {
  switch (step.kind) {
    case 'contact':
      return (
        <div data-step="contact">
          <ContactCard
            contact={step.contact}
            t={t}
            heading={<Message t={t} k="worriedTellContact" values={[step.contact.name]} />}
          />
        </div>
      );
    case 'adult':
      return (
        <section data-step="adult">
          <h3>{t('worriedAdultHeading')}</h3>
          <p>{t('worriedAdultText')}</p>
        </section>
      );
    case 'helplines':
      return (
        <section data-step="helplines">
          <h3>{t('worriedHelplineHeading')}</h3>
          <ul>
            {step.lines.map((line) => (
              <LineItem key={line.name} line={line} t={t} />
            ))}
          </ul>
        </section>
      );
    case 'platform': {
      const { platform } = step;
      return (
        <section data-step="platform">
          <h3>
            <Message t={t} k="worriedReportHeading" values={[platform.name]} />
          </h3>
          {platform.path && (
            <p>
              <Message t={t} k="reportPath" values={[platform.path]} />
            </p>
          )}
          {platform.url && (
            <p>
              <ExternalLink href={platform.url} t={t}>
                {platform.label ? (
                  <Isolate text={platform.label} />
                ) : (
                  <Message t={t} k="reportLink" values={[platform.name]} />
                )}
              </ExternalLink>
            </p>
          )}
          <p>{t('worriedBlock')}</p>
        </section>
      );
    }
    case 'national':
      return (
        <section data-step="national">
          <h3>{t('worriedNationalHeading')}</h3>
          <ul>
            <LineItem line={step.line} t={t} />
          </ul>
        </section>
      );
    case 'emergency':
      return (
        <section data-step="emergency">
          <p class="sw-emergency">
            <Message t={t} k="worriedEmergency" values={[step.number]} />
          </p>
        </section>
      );
  }
}

/**
 * "I'm worried": a calm full-screen cover with who can help, in order. It pauses nothing and sends
 * nothing. A modal dialog: focus moves in, Tab stays inside, Escape or "Back to the page" closes it.
 */
export function WorriedOverlay({ steps, t, onClose }: WorriedOverlayProps) {
  const dialog = useRef<HTMLDivElement>(null);
  // Before the first paint, so a key pressed as soon as the cover shows already reaches it.
  useLayoutEffect(() => {
    dialog.current?.querySelector<HTMLElement>('h2')?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusable = Array.from(dialog.current.querySelectorAll<HTMLElement>('a[href], button, [tabindex]'));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = (dialog.current.getRootNode() as Document | ShadowRoot).activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <div
      ref={dialog}
      class="sw-panel sw-card sw-worried"
      data-testid="worried"
      role="dialog"
      aria-modal="true"
      aria-labelledby="sw-worried-title"
      onKeyDown={onKeyDown}
    >
      <div class="sw-worried-body">
        <h2 id="sw-worried-title" tabIndex={-1}>
          {t('worriedTitle')}
        </h2>
        <p class="sw-worried-intro">{t('worriedIntro')}</p>
        {steps.map((step) => (
          <Step key={step.kind} step={step} t={t} />
        ))}
        <p class="sw-worried-note">{t('worriedNothingSent')}</p>
        <button type="button" class="sw-worried-back" data-action="worried-close" onClick={onClose}>
          {t('worriedBack')}
        </button>
      </div>
    </div>
  );
}

/** The button that opens it: in the panel and in the popup. */
export function WorriedButton({ t, onOpen }: { t: Translate; onOpen: () => void }) {
  return (
    <button type="button" class="sw-worried-open" data-action="worried" onClick={onOpen}>
      {t('worriedButton')}
    </button>
  );
}
