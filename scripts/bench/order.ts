/** The order of the browsers within one iteration of the benchmark. Pure. */
import type { ArmName } from './browsers';

/**
 * Without the floor: with/without alternating with the iteration, as before. With it: the six orders of
 * the three browsers in turn, in pairs of iterations that keep with/without alternating (with first on
 * even iterations) while the floor goes last, first, then in the middle. Over six iterations each browser
 * is in each place twice and each precedes each other one three times, so a drift in the machine's load
 * across an iteration favours none of them.
 */
export function armOrder(iteration: number, floor: boolean): ArmName[] {
  const pair: ArmName[] = iteration % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
  if (!floor) return pair;
  const [a, b] = pair as [ArmName, ArmName];
  switch (Math.floor(iteration / 2) % 3) {
    case 0:
      return [a, b, 'floor'];
    case 1:
      return ['floor', a, b];
    default:
      return [a, 'floor', b];
  }
}
