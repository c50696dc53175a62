import type { InitiativeStage } from '../api/types.ts';

/** The main path of an initiative; stalled and withdrawn are off it. */
export const mainPath: readonly InitiativeStage[] = [
  'proposed',
  'noted',
  'supported',
  'approved',
  'in_progress',
  'implemented',
];
const finalStages: readonly InitiativeStage[] = ['implemented', 'withdrawn'];

/**
 * Stages the Secretariat may move an initiative to by hand, mirroring the server's rule
 * (packages/agenda/src/lifecycle): forward only, stalled or withdrawn from any open stage, anything from stalled,
 * nothing from a final stage.
 */
export function allowedNextStages(from: InitiativeStage): InitiativeStage[] {
  if (finalStages.includes(from)) return [];
  const offPath: InitiativeStage[] = ['stalled', 'withdrawn'];
  const forward =
    from === 'stalled' ? [...mainPath] : mainPath.filter((stage) => mainPath.indexOf(stage) > mainPath.indexOf(from));
  return [...forward, ...offPath].filter((stage) => stage !== from);
}
