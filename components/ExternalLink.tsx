import type { ComponentChildren } from 'preact';
import type { Translate } from '../utils/translate';

interface ExternalLinkProps {
  /** Without an https address the text shows as plain bold text. */
  href: string | undefined;
  children: ComponentChildren;
  t: Translate;
}

/** Links leave in a new tab without a referrer, so the page a child was on is not passed on. */
export function ExternalLink({ href, children, t }: ExternalLinkProps) {
  if (!href?.startsWith('https://')) return <strong>{children}</strong>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="sw-visually-hidden"> {t('opensInNewTab')}</span>
    </a>
  );
}
