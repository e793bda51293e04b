/** The renderer's views as the bench opens them: where each is, and what shows it is ready. */
import type { PageSpec } from '../chromium/capture';

/** The routine's first step, and the baseline page's stand-in for it. */
export const ROUTINE_STEP_SELECTOR = '[data-testid="routine-step"]';
export const ROUTINE_START_SELECTOR = '[data-testid="routine-start"]';
export const HISTORY_READY_SELECTOR = '[data-testid="history"][aria-busy="false"]';

/** The routine is ready at its first step: Start is pressed by the page probe the moment it can be. */
export const ROUTINE_VIEW: PageSpec = {
  name: 'routine',
  path: 'index.html?view=routine',
  target: { selector: ROUTINE_STEP_SELECTOR, clickFirst: ROUTINE_START_SELECTOR },
};

/** The routine view in each language we ship besides English (the system's language picks it). */
export const ROUTINE_VIEW_IN: readonly (PageSpec & { readonly language: string })[] = [
  { ...ROUTINE_VIEW, name: 'routine-de', language: 'de', preferredLanguages: ['de-DE'] },
  { ...ROUTINE_VIEW, name: 'routine-es', language: 'es', preferredLanguages: ['es-ES'] },
];

/** The history view, ready once its file has been read and drawn. */
export const HISTORY_VIEW: PageSpec = {
  name: 'history',
  path: 'index.html?view=history',
  target: { selector: HISTORY_READY_SELECTOR },
};

export const OTHER_VIEWS: readonly PageSpec[] = [
  // The section links appear once the settings have arrived.
  { name: 'settings', path: 'index.html?view=settings', target: { selector: 'a[href="#schedule-title"]' } },
  HISTORY_VIEW,
  { name: 'welcome', path: 'index.html?view=welcome', target: { selector: '#welcome-title' } },
];

/** The illustrated figure beside the countdown, and the heat-or-cold safety notes' "start" button. */
export const FIGURE_SELECTOR = '[data-testid="figure"] svg';
export const HEAT_COLD_CONFIRM_SELECTOR = '[data-testid="confirm-safety"]';
