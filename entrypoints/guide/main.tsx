import { browser } from 'wxt/browser';
import { effectiveSettingsKey } from '../../utils/storage-keys';
import { render } from 'preact';
import { Guide } from '../../components/Guide';
import { browserTranslate as t } from '../../utils/browser-translate';
import { registry } from '../../content/sites/index';
import * as tips from '../../content/tips';
import { toCardData } from '../../utils/card-data';
import { buildCardText } from '../../utils/card-text';
import {
  parseEffectiveSettings,
  schoolNoteFor,
  type EffectiveSettings,
} from '../../utils/effective-settings';
import '../../components/card.css';
import '../../components/page.css';

const sites = registry.map((entry) => ({ ...toCardData(entry), hosts: entry.hosts }));
const initialQuery = new URLSearchParams(location.search).get('q') ?? '';
const root = document.getElementById('app')!;

/** Renders at once; the organisation's notes (from the stored effective settings) join when read. */
function draw(settings?: EffectiveSettings) {
  render(
    <Guide
      sites={sites}
      text={buildCardText(tips)}
      t={t}
      locale={browser.i18n.getUILanguage()}
      initialQuery={initialQuery}
      schoolNoteFor={settings && ((id) => schoolNoteFor(settings, id, t('yourOrganisation')))}
    />,
    root,
  );
}

draw();
void browser.storage.local
  .get(effectiveSettingsKey)
  .then((stored) => draw(parseEffectiveSettings(stored[effectiveSettingsKey])));
browser.storage.onChanged.addListener((changes, area) => {
  const change = changes[effectiveSettingsKey];
  if (area === 'local' && change) draw(parseEffectiveSettings(change.newValue));
});
