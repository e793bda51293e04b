/** Values several step files share, so equal things stay equal (e.g. all one-sided stretches). */
import { EN_TERMS } from '../translations/glossary';
import type { DurationBounds, StepSource } from '../types';

/** The article asks for gentle stretching before bed (S2); the exercises are general guidance. */
export const STRETCH_SOURCE: StepSource = { article: 'S2', general: 'stretching' };

/** A one-sided stretch: one or two holds of 15-30 s. */
export const ONE_SIDED_BOUNDS: DurationBounds = { min: 20, max: 90, default: 45 };

/** A two-sided stretch: each side gets half, so at least 15 s a side. */
export const TWO_SIDED_BOUNDS: DurationBounds = { min: 30, max: 180, default: 60 };

/** The same 0-10 scale before and after, so the two ratings can be compared in history. */
export const SORENESS_SCALE = { lowLabel: EN_TERMS.scaleLow, highLabel: EN_TERMS.scaleHigh };
