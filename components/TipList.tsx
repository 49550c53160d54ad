import { Isolate } from './Bidi';

interface TipListProps {
  heading: string;
  tips: readonly string[];
  section: string;
}

export function TipList({ heading, tips, section }: TipListProps) {
  if (tips.length === 0) return null;
  return (
    <section class="sw-section" data-section={section}>
      <h3>{heading}</h3>
      <ul>
        {tips.map((tip) => (
          <li key={tip}>
            <Isolate text={tip} />
          </li>
        ))}
      </ul>
    </section>
  );
}
