/**
 * The last history view built, reused while nothing it depends on has changed: the same records
 * (the history log answers with the very same arrays until the file changes, and never changes
 * an array it has handed out), the same skipped-line count, dismissal, locale, words, routine texts and moment (the zone
 * counts only through the moment's dates). Building the view walks every record and the whole
 * routine streak; reopening the view should not.
 */
import {
  buildHistoryView,
  historyMoment,
  type HistoryInputs,
  type HistoryMoment,
  type HistoryViewModel,
} from './view-model';

interface Built {
  readonly input: HistoryInputs;
  readonly moment: HistoryMoment;
  readonly view: HistoryViewModel;
}

const sameView = (built: Built, input: HistoryInputs, moment: HistoryMoment): boolean =>
  built.input.records === input.records &&
  built.input.skippedLines === input.skippedLines &&
  built.input.nudgeDismissedOn === input.nudgeDismissedOn &&
  built.input.locale === input.locale &&
  built.input.words === input.words &&
  built.input.routine === input.routine &&
  built.moment.today === moment.today &&
  built.moment.tonight === moment.tonight;

/** A buildHistoryView that remembers its last answer. */
export function createHistoryViewMemo(): (input: HistoryInputs) => HistoryViewModel {
  let last: Built | null = null;
  return (input) => {
    const moment = historyMoment(input.nowMs, input.timeZone);
    if (last && sameView(last, input, moment)) return last.view;
    const view = buildHistoryView(input);
    last = { input, moment, view };
    return view;
  };
}
