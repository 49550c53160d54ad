import { browser } from 'wxt/browser';
import { render } from 'preact';
import { Guide } from '../../components/Guide';
import { browserTranslate as t } from '../../utils/browser-translate';
import { registry } from '../../content/sites/index';
import * as tips from '../../content/tips';
import { toCardData } from '../../utils/card-data';
import { buildCardText } from '../../utils/card-text';
import '../../components/card.css';
import '../../components/page.css';

const sites = registry.map((entry) => ({ ...toCardData(entry), hosts: entry.hosts }));
const initialQuery = new URLSearchParams(location.search).get('q') ?? '';

render(
  <Guide
    sites={sites}
    text={buildCardText(tips)}
    t={t}
    locale={browser.i18n.getUILanguage()}
    initialQuery={initialQuery}
  />,
  document.getElementById('app')!,
);
