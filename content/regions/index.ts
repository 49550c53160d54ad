import type { RegionEntry } from '../../utils/content-schema';
import { GB } from './gb';
import { US } from './us';
import { CA } from './ca';
import { AU } from './au';
import { NZ } from './nz';
import { IE } from './ie';
import { DE } from './de';
import { FR } from './fr';
import { ES } from './es';
import { NL } from './nl';
import { IN } from './in';
import { PL } from './pl';
import { AT } from './at';
import { CH } from './ch';
import { BE } from './be';
import { ZA } from './za';
import { SG } from './sg';
import { PH } from './ph';
import { AR } from './ar';
import { EG } from './eg';
import { AE } from './ae';
import { SA } from './sa';
import { INTL } from './intl';

/**
 * National reporting lines, one file per region, from `../shared/research/facts/reporting.md`.
 * Order per DECISIONS: where to report grooming or sexual exploitation, the children's helpline,
 * then the rest. Only addresses the research read are links; "cited by" addresses are left out,
 * and opening hours are left out because the sources disagree. `utils/validate-content.ts` checks
 * every region (and `wxt.config.ts` runs it, so a bad entry fails the build).
 */
export const regions: RegionEntry[] = [
  GB,
  US,
  CA,
  AU,
  NZ,
  IE,
  DE,
  FR,
  ES,
  NL,
  IN,
  PL,
  AT,
  CH,
  BE,
  ZA,
  SG,
  PH,
  AR,
  EG,
  AE,
  SA,
  INTL,
];
