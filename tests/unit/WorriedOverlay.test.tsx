import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorriedOverlay } from '../../components/WorriedOverlay';
import { regions } from '../../content/regions/index';
import { registry } from '../../content/sites/index';
import { worriedSteps } from '../../utils/worried';
import { english } from './fixtures/english';

afterEach(cleanup);

const gb = regions.find((r) => r.code === 'GB')!;
const twitch = registry.find((s) => s.id === 'twitch')!;

function renderOverlay() {
  const onClose = vi.fn();
  const steps = worriedSteps({
    site: twitch,
    region: gb,
    contact: { name: 'Mr Okafor', phone: '01632 960001' },
  });
  return { onClose, ...render(<WorriedOverlay steps={steps} t={english} onClose={onClose} />) };
}

describe('WorriedOverlay', () => {
  it('is a modal dialog named "You did the right thing", with focus on its heading', () => {
    const { getByRole } = renderOverlay();
    const dialog = getByRole('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('aria-labelledby')).toBe('sw-worried-title');
    const heading = getByRole('heading', { level: 2 });
    expect(heading.textContent).toBe('You did the right thing');
    expect(document.activeElement).toBe(heading);
  });

  it('shows the contact first, then an adult, Childline, Twitch reporting, CEOP and 999', () => {
    const { container } = renderOverlay();
    const order = [...container.querySelectorAll('[data-step]')].map((s) => s.getAttribute('data-step'));
    expect(order).toEqual(['contact', 'adult', 'helplines', 'platform', 'national', 'emergency']);
    expect(container.querySelector('[data-step="contact"] h3')?.textContent).toBe('Tell Mr Okafor now');
    expect(container.querySelector('[data-step="helplines"]')?.textContent).toContain('0800 1111');
    expect(container.querySelector('[data-step="platform"] h3')?.textContent).toBe(
      'Report this person on Twitch',
    );
    expect(container.querySelector('[data-step="emergency"]')?.textContent).toContain('999');
  });

  it('closes with Escape and with "Back to the page"', () => {
    const { onClose, getByRole } = renderOverlay();
    fireEvent.keyDown(getByRole('dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(getByRole('button', { name: 'Back to the page' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('keeps Tab inside the dialog', () => {
    const { getByRole } = renderOverlay();
    const back = getByRole('button', { name: 'Back to the page' });
    back.focus();
    fireEvent.keyDown(back, { key: 'Tab' });
    expect(document.activeElement).not.toBe(back);
    expect(getByRole('dialog').contains(document.activeElement)).toBe(true);
  });
});
