import { render } from 'preact';
import { Guide } from '../../components/Guide';
import { english } from '../../components/messages';
import { registry } from '../../content/sites/index';
import { liveRisks, youngPersonTips } from '../../content/tips';
import { toCardData } from '../../utils/card-data';
import '../../components/card.css';
import '../../components/page.css';

const sites = registry.map((entry) => ({ ...toCardData(entry), hosts: entry.hosts }));
const initialQuery = new URLSearchParams(location.search).get('q') ?? '';

render(
  <Guide
    sites={sites}
    liveRisks={liveRisks.map((tip) => tip.text)}
    youngPersonLines={youngPersonTips.map((tip) => tip.text)}
    t={english}
    initialQuery={initialQuery}
  />,
  document.getElementById('app')!,
);
