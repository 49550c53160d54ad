import { arrowsFor, isolationDirection, messageParts } from '../utils/bidi';
import type { MessageKey, Translate } from '../utils/translate';

/**
 * A piece of text isolated in its own direction (see utils/bidi.ts): a number, a name, a menu path or an
 * untranslated English line keeps its order inside right-to-left text, and its arrows point its way.
 */
export function Isolate({ text }: { text: string }) {
  const dir = isolationDirection(text);
  return <bdi dir={dir}>{arrowsFor(text, dir)}</bdi>;
}

interface MessageProps {
  t: Translate;
  /** The catalogue key; `values` fill its placeholders in order, each isolated. */
  k: MessageKey;
  values: readonly string[];
}

/** An interface message with its values (phone numbers, names, paths) isolated from the words around them. */
export function Message({ t, k, values }: MessageProps) {
  const parts = messageParts((...marks) => t(k, ...marks), values.length);
  return (
    <>
      {parts.map((part, i) =>
        typeof part === 'string' ? part : <Isolate key={i} text={values[part.value] ?? ''} />,
      )}
    </>
  );
}
