/**
 * Said once, plainly: at the top of the help page, on the routine's start screen and on first run.
 * Apart from help.ts so the start screen shows it without loading the whole help page.
 */
import { deepFreeze } from '../freeze';
import type { SourcedText } from './types';

export const DISCLAIMER: SourcedText = deepFreeze<SourcedText>({
  text: 'Unknot is a bedtime routine, not medical care: it cannot tell what is causing your pain and does not treat it.',
  source: { general: 'not-medical-advice' },
});
