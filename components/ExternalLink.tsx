import type { ComponentChildren } from 'preact';

interface ExternalLinkProps {
  href: string;
  children: ComponentChildren;
  newTabHint: string;
}

/** Links leave in a new tab without a referrer, so the page a child was on is not passed on. */
export function ExternalLink({ href, children, newTabHint }: ExternalLinkProps) {
  if (!href.startsWith('https://')) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="sw-visually-hidden"> {newTabHint}</span>
    </a>
  );
}
