/**
 * "When to get help": reachable from every screen. Each item carries its source so the page can
 * show which advice is the article's and which is general guidance.
 */
import { deepFreeze } from '../freeze';
import { DISCLAIMER } from './disclaimer';
import { BREATHING_SAFETY, HEAT_COLD_SAFETY, STRETCHING_SAFETY } from './safety';
import { EN_TERMS } from './translations/glossary';
import type { SourcedText } from './types';

export const HELP_SECTION_IDS = [
  'see-a-professional',
  'urgent-care',
  'stretching-safety',
  'heat-cold-safety',
  'breathing-safety',
  'during-the-day',
] as const;
export type HelpSectionId = (typeof HELP_SECTION_IDS)[number];

export interface HelpSection {
  readonly id: HelpSectionId;
  readonly title: string;
  /** A lead-in sentence for the list, or null when the items stand on their own. */
  readonly intro: string | null;
  readonly items: readonly SourcedText[];
}

export interface HelpContent {
  /** Said once, plainly, at the top of the page (and on first run). */
  readonly disclaimer: SourcedText;
  readonly sections: readonly HelpSection[];
}

const URGENT = { general: 'urgent-care' } as const;
const S5 = { article: 'S5' } as const;
const P1 = { article: 'P1' } as const;

const HELP_AS_WRITTEN = {
  disclaimer: DISCLAIMER,
  sections: [
    {
      id: 'see-a-professional',
      title: EN_TERMS.seeProfessional,
      intro: null,
      items: [
        {
          text: `If the soreness does not ease, keeps returning, or gets worse, book a visit with ${EN_TERMS.professional}.`,
          source: S5,
        },
        { text: 'They can look for the cause and suggest treatment that suits you.', source: S5 },
      ],
    },
    {
      id: 'urgent-care',
      title: 'Get urgent care instead of doing the routine',
      intro: 'Call your local emergency number or go to urgent care if upper-back pain comes with:',
      items: [
        { text: 'chest pain, pressure or tightness', source: URGENT },
        { text: 'shortness of breath', source: URGENT },
        { text: 'sweating', source: URGENT },
        { text: 'pain that spreads to your arm or jaw', source: URGENT },
        { text: 'a hard fall or an accident', source: URGENT },
        { text: 'a fever', source: URGENT },
        { text: 'numbness, tingling or weakness in your arms or legs', source: URGENT },
        { text: 'losing control of your bladder or bowels', source: URGENT },
        { text: 'weight loss you cannot explain', source: URGENT },
      ],
    },
    { id: 'stretching-safety', title: 'Stretching safely', intro: null, items: STRETCHING_SAFETY },
    { id: 'heat-cold-safety', title: 'Heat and cold safely', intro: null, items: HEAT_COLD_SAFETY },
    { id: 'breathing-safety', title: 'Paced breathing', intro: null, items: BREATHING_SAFETY },
    {
      id: 'during-the-day',
      title: 'During the day',
      intro: null,
      items: [
        { text: 'Sit and stand tall, with your shoulders relaxed.', source: P1 },
        { text: 'Get up for a short stretch every so often.', source: P1 },
        { text: 'Warm up before you exercise.', source: P1 },
        { text: 'Lift with your legs, keeping the load close to your body.', source: P1 },
        {
          text: 'Regular exercise, or physical therapy, builds the muscles that support your upper back.',
          source: P1,
        },
      ],
    },
  ],
} as const satisfies HelpContent;

/** Help as written, section by section: the shape every translation must match. */
export type HelpAsWritten = typeof HELP_AS_WRITTEN;

export const HELP: HelpContent = deepFreeze<HelpContent>(HELP_AS_WRITTEN);
