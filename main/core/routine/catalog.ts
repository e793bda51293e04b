/**
 * The routine catalog: every step Unknot can play, in the routine's natural order (settle,
 * stretches, heat or cold, breathing, posture, good night), plus the presets and breathing
 * patterns. Plain frozen data; schema.ts validates it (see tests/unit/main/core/routine).
 */
import { deepFreeze } from '../freeze';
import { PRESETS } from './presets';
import { BREATHING_PATTERNS } from './breathing-patterns';
import { BREATHING_STEPS } from './steps/breathing';
import { INFO_STEPS } from './steps/good-night';
import { HEAT_COLD_STEPS } from './steps/heat-or-cold';
import { POSTURE_STEPS } from './steps/posture';
import { SETTLE_STEPS } from './steps/settle';
import { NECK_STRETCHES } from './steps/stretches-neck';
import { SHOULDER_STRETCHES } from './steps/stretches-shoulders';
import { UPPER_BACK_STRETCHES } from './steps/stretches-upper-back';
import type { Catalog } from './types';

/** Every step as written, ids and cue counts included: the shape every translation must match. */
export const CATALOG_STEPS = [
  ...SETTLE_STEPS,
  ...NECK_STRETCHES,
  ...SHOULDER_STRETCHES,
  ...UPPER_BACK_STRETCHES,
  ...HEAT_COLD_STEPS,
  ...BREATHING_STEPS,
  ...POSTURE_STEPS,
  ...INFO_STEPS,
] as const;
export type CatalogStepId = (typeof CATALOG_STEPS)[number]['id'];

export const CATALOG: Catalog = deepFreeze<Catalog>({
  steps: CATALOG_STEPS,
  presets: PRESETS,
  breathingPatterns: BREATHING_PATTERNS,
});
