import type { ComponentChildren } from 'preact';
import type { StepStatus } from '../utils/checklist';

export interface StepCheckboxProps {
  /** Unique in the document: the guide shows many cards at once. */
  id: string;
  stepId: string;
  status: StepStatus;
  /** The checkbox's accessible name: the step's whole text. */
  label: string;
  /** "Check again — updated <month>", shown and announced when the tick is older than the card. */
  staleText: string;
  onToggle: (stepId: string, checked: boolean) => void;
  /** What the step says, with a <label for> part so a click on the text ticks it. */
  children: ComponentChildren;
}

/** One tickable step: a real checkbox, checked only when done (a stale tick shows unchecked, with why). */
export function StepCheckbox({
  id,
  stepId,
  status,
  label,
  staleText,
  onToggle,
  children,
}: StepCheckboxProps) {
  const noteId = `${id}-again`;
  return (
    <li class="sw-step" data-step={stepId} data-status={status}>
      <input
        type="checkbox"
        id={id}
        class="sw-check"
        checked={status === 'done'}
        aria-label={label}
        aria-describedby={status === 'stale' ? noteId : undefined}
        onChange={(event) => onToggle(stepId, (event.target as HTMLInputElement).checked)}
      />
      <div class="sw-step-text">
        {children}
        {status === 'stale' && (
          <span id={noteId} class="sw-check-again" data-testid="check-again">
            {staleText}
          </span>
        )}
      </div>
    </li>
  );
}
