/**
 * What the translation tests compare: every piece of routine content in one language, English
 * (null) or a translation, split into its texts and the skeleton left when they are taken out.
 */
import { CATALOG } from '../../../../../../main/core/routine/catalog';
import { HELP } from '../../../../../../main/core/routine/help';
import { POSE_CHOICES } from '../../../../../../main/core/routine/pose-choices';
import { ILLUSTRATIONS } from '../../../../../../main/core/routine/poses';
import { DE } from '../../../../../../main/core/routine/translations/de';
import { ES } from '../../../../../../main/core/routine/translations/es';
import {
  localizeBodyAreaLabels,
  localizeCatalog,
  localizeHelp,
  localizeSafety,
} from '../../../../../../main/core/routine/translations/localize';
import {
  localizeIllustrations,
  localizePoseChoices,
  localizeSideWords,
} from '../../../../../../main/core/routine/translations/localize-figure';
import {
  localizeBreathingPatternLabels,
  localizeDisclaimer,
  localizeMoments,
  localizeOwnStepLabel,
  localizeSourceWords,
} from '../../../../../../main/core/routine/translations/localize-words';
import type { RoutineTranslation } from '../../../../../../main/core/routine/translations/routine-texts';

export const TRANSLATIONS: readonly RoutineTranslation[] = [DE, ES];

/** Everything the routine says, in the language of `translation` (null: English). */
export function content(translation: RoutineTranslation | null) {
  const sources = localizeSourceWords(translation);
  return {
    catalog: localizeCatalog(CATALOG, translation),
    help: localizeHelp(HELP, translation),
    safety: localizeSafety(translation),
    moments: localizeMoments(translation),
    sourceNames: { statements: sources.statements, topics: sources.topics },
    bodyAreas: localizeBodyAreaLabels(translation),
    ownStepLabel: localizeOwnStepLabel(translation),
    disclaimerText: localizeDisclaimer(translation),
    breathingPatternLabels: localizeBreathingPatternLabels(translation),
    sideWords: localizeSideWords(translation),
    illustrations: localizeIllustrations(ILLUSTRATIONS, translation),
    poseChoices: localizePoseChoices(POSE_CHOICES, translation),
  };
}

/**
 * Keys whose values are words. Every other value (ids, kinds, sources, bounds, durations, poses)
 * is structure and must be identical in every language.
 */
const TEXT_KEYS = new Set([
  'title',
  'cues',
  'halfTimeCue',
  'text',
  'question',
  'lowLabel',
  'highLabel',
  'heat',
  'cold',
  'description',
  'label',
  'intro',
  'alt',
  // Records that hold nothing but words.
  'moments',
  'sourceNames',
  'bodyAreas',
  'ownStepLabel',
  'sideWords',
  'disclaimerText',
  'breathingPatternLabels',
]);

export const TEXT = '<text>';

export interface Split {
  readonly skeleton: unknown;
  /** Each text with where it sits, in a stable order: the same paths in every language. */
  readonly texts: readonly { readonly path: string; readonly text: string }[];
}

export function split(value: unknown): Split {
  const texts: { path: string; text: string }[] = [];
  const walk = (node: unknown, path: string, inText: boolean): unknown => {
    if (typeof node === 'string' && inText) {
      texts.push({ path, text: node });
      return TEXT;
    }
    if (Array.isArray(node)) return node.map((child, i) => walk(child, `${path}[${i}]`, inText));
    if (typeof node === 'object' && node !== null) {
      return Object.fromEntries(
        Object.entries(node).map(([key, child]) => [
          key,
          walk(child, `${path}.${key}`, inText || TEXT_KEYS.has(key)),
        ]),
      );
    }
    return node;
  };
  return { skeleton: walk(value, '', false), texts };
}

/** Lower-cased words of a text, accents kept. */
export const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u);
