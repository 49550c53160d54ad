/**
 * Small line icons drawn in the markup (no icon font, no file to fetch), in the text colour. They
 * stand beside words, never for them: each is hidden from screen readers.
 */
const PATHS = {
  /** Report: a flag. */
  flag: 'M5 21V4M5 4h12l-2.5 4L17 12H5',
  /** A phone number: a mobile phone. */
  phone: 'M8 2.5h8a1 1 0 0 1 1 1v17a1 1 0 0 1-1 1H8a1 1 0 0 1-1-1v-17a1 1 0 0 1 1-1zM11 18.5h2',
  /** Danger now: a warning triangle. */
  alert: 'M12 3.5 22 20.5H2zM12 10v4.5M12 17.2v.3',
  /** A tip: a light bulb. */
  bulb: 'M9 18.5h6M10 21.5h4M12 2.5a6.5 6.5 0 0 0-4 11.6c.7.6 1 1.4 1 2.4h6c0-1 .3-1.8 1-2.4a6.5 6.5 0 0 0-4-11.6z',
  /** The guide: an open book. */
  book: 'M12 6.5C10 4.8 7 4.5 3 4.5v14c4 0 7 .3 9 2 2-1.7 5-2 9-2v-14c-4 0-7 .3-9 2zM12 6.5v14',
  /** Settings: three sliders. */
  sliders: 'M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1M15 4v4M9 10v4M17 16v4',
  /** A disclosure: a chevron pointing down (turned up when open, by CSS). */
  chevron: 'M6 9.5l6 6 6-6',
  /** A person to talk to. */
  person: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4.5 21a7.5 7.5 0 0 1 15 0',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, class: className }: { name: IconName; class?: string }) {
  return (
    <svg
      class={`sw-icon${className ? ` ${className}` : ''}`}
      data-icon={name}
      viewBox="0 0 24 24"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
