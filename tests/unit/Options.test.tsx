import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options, type OptionsProps } from '../../components/Options';
import { defaultSettings } from '../../utils/settings-model';
import { english } from './fixtures/english';

afterEach(cleanup);

function renderOptions(overrides: Partial<OptionsProps> = {}) {
  const props: OptionsProps = {
    effective: { ...defaultSettings, disabledSites: [] },
    locked: [],
    lockedSites: [],
    allLocked: false,
    readOnly: false,
    policyNotices: [],
    sites: [
      { id: 'twitch', name: 'Twitch' },
      { id: 'youtube', name: 'YouTube' },
    ],
    regions: [
      { code: 'GB', name: 'United Kingdom' },
      { code: 'INTL', name: 'Other countries' },
    ],
    detectedRegion: 'United States',
    detectedLanguage: 'English',
    onChange: vi.fn(),
    onResetDismissed: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
    t: english,
    ...overrides,
  };
  return { props, ...render(<Options {...props} />) };
}

describe('Options', () => {
  it('changes a setting through its control', () => {
    const { props, getByLabelText } = renderOptions();
    fireEvent.click(getByLabelText('Young people'));
    expect(props.onChange).toHaveBeenCalledWith({ audience: 'young-person' });
    fireEvent.click(getByLabelText('Only on live streams'));
    expect(props.onChange).toHaveBeenCalledWith({ panelMode: 'live-only' });
  });

  it('offers the "I’m worried" button to parents as a labelled checkbox, locked when the organisation sets it', () => {
    const { props, getByLabelText, rerender } = renderOptions();
    const box = getByLabelText('Show the “I’m worried” button to parents too') as HTMLInputElement;
    expect(box.type).toBe('checkbox');
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(props.onChange).toHaveBeenCalledWith({ worriedButton: true });
    rerender(
      <Options
        {...props}
        effective={{ ...props.effective, worriedButton: true }}
        locked={['worriedButton']}
      />,
    );
    expect(box.checked).toBe(true);
    expect(box.closest('fieldset')!.disabled).toBe(true);
    expect(box.closest('fieldset')!.textContent).toContain('Set by your organisation');
  });

  it('offers each language named in itself, and auto with the browser’s language', () => {
    const { props, container } = renderOptions({ detectedLanguage: 'Polski' });
    const select = container.querySelector<HTMLSelectElement>('select[data-setting="language"]')!;
    const options = [...select.options].map((o) => [o.value, o.textContent, o.getAttribute('lang')]);
    expect(options).toEqual([
      ['auto', 'From the browser (Polski)', null],
      ['en', 'English', 'en'],
      ['es', 'Español', 'es'],
      ['fr', 'Français', 'fr'],
      ['de', 'Deutsch', 'de'],
      ['pl', 'Polski', 'pl'],
      ['ar', 'العربية', 'ar'],
    ]);
    expect(select.value).toBe('auto');
    select.value = 'ar';
    fireEvent.change(select);
    expect(props.onChange).toHaveBeenCalledWith({ language: 'ar' });
  });

  it('shows the language as set by the organisation, read-only', () => {
    const { container } = renderOptions({
      locked: ['language'],
      effective: { ...defaultSettings, language: 'pl', disabledSites: [] },
    });
    const select = container.querySelector<HTMLSelectElement>('select[data-setting="language"]')!;
    expect(select.value).toBe('pl');
    expect(select.closest('fieldset')!.disabled).toBe(true);
    expect(select.closest('fieldset')!.textContent).toContain('Set by your organisation');
  });

  it('switches a site off and on', () => {
    const { props, container } = renderOptions({
      effective: { ...defaultSettings, disabledSites: ['youtube'] },
    });
    fireEvent.click(container.querySelector('input[data-site="twitch"]')!);
    expect(props.onChange).toHaveBeenCalledWith({ disabledSites: ['youtube', 'twitch'] });
    fireEvent.click(container.querySelector('input[data-site="youtube"]')!);
    expect(props.onChange).toHaveBeenCalledWith({ disabledSites: [] });
  });

  it('shows managed keys as set by the organisation, read-only', () => {
    const { container, getByLabelText } = renderOptions({ locked: ['audience'], lockedSites: ['twitch'] });
    const fieldset = getByLabelText('Young people').closest('fieldset')!;
    expect(fieldset.disabled).toBe(true);
    expect(fieldset.textContent).toContain('Set by your organisation');
    expect((getByLabelText('Only on live streams').closest('fieldset') as HTMLFieldSetElement).disabled).toBe(
      false,
    );
    expect((container.querySelector('input[data-site="twitch"]') as HTMLInputElement).disabled).toBe(true);
    expect((container.querySelector('input[data-site="youtube"]') as HTMLInputElement).disabled).toBe(false);
  });

  it('with lockSettings, locks everything and hides import, export and reset', () => {
    const { container } = renderOptions({ allLocked: true });
    for (const fieldset of container.querySelectorAll('fieldset')) expect(fieldset.disabled).toBe(true);
    expect(container.querySelector('[data-action="export"]')).toBeNull();
    expect(container.querySelector('[data-action="import"]')).toBeNull();
    expect(container.querySelector('[data-action="reset-dismissed"]')).toBeNull();
  });

  it('names each ignored policy key', () => {
    const { getByTestId } = renderOptions({
      policyNotices: [{ key: 'audience', message: 'must be "parent" or "young-person"; ignored' }],
    });
    expect(getByTestId('policy-notices').textContent).toContain('audience');
  });

  it('shows import errors with their details', () => {
    const { getByTestId } = renderOptions({
      status: {
        kind: 'error',
        text: 'Settings imported, except these:',
        details: ['panelMode: unknown value'],
      },
    });
    expect(getByTestId('options-status').textContent).toContain('panelMode: unknown value');
  });

  it('shows recommended values as recommended by the organisation, and changeable', () => {
    const { props, getByLabelText, getAllByTestId } = renderOptions({
      effective: { ...defaultSettings, disabledSites: [], audience: 'young-person' },
      recommended: ['audience'],
    });
    const fieldset = getByLabelText('Young people').closest('fieldset')!;
    expect(fieldset.disabled).toBe(false);
    expect(fieldset.textContent).toContain('Recommended by your organisation');
    expect(fieldset.textContent).not.toContain('Set by your organisation');
    expect(getAllByTestId('recommended')).toHaveLength(1);
    fireEvent.click(getByLabelText('Parents and carers'));
    expect(props.onChange).toHaveBeenCalledWith({ audience: 'parent' });
  });

  it('where the user chose otherwise, offers the recommendation back', () => {
    const onUseRecommended = vi.fn();
    const { container } = renderOptions({ recommendedOverridden: ['panelCorner'], onUseRecommended });
    const button = container.querySelector<HTMLButtonElement>('[data-action="use-recommended"]')!;
    expect(button.textContent).toBe('Use your organisation’s recommendation');
    fireEvent.click(button);
    expect(onUseRecommended).toHaveBeenCalledWith('panelCorner');
  });

  it('an enforced key shows as set by the organisation, never as recommended', () => {
    const { getByLabelText, queryByTestId } = renderOptions({
      locked: ['audience'],
      recommended: ['audience'],
    });
    const fieldset = getByLabelText('Young people').closest('fieldset')!;
    expect(fieldset.disabled).toBe(true);
    expect(fieldset.textContent).toContain('Set by your organisation');
    expect(queryByTestId('recommended')).toBeNull();
  });

  it('renders at once while the policy is still loading, and says so', () => {
    const { getByTestId, container, rerender, props } = renderOptions({ policyPending: true });
    expect(getByTestId('policy-pending').textContent).toBe('Checking your organisation’s settings…');
    expect(container.querySelectorAll('fieldset').length).toBe(7);
    rerender(<Options {...props} policyPending={false} locked={['panelMode']} />);
    expect(container.querySelector('[data-testid="policy-pending"]')).toBeNull();
  });
});
