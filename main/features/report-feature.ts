/**
 * The one-page report for a physiotherapist or doctor: the report page asks for its model
 * (core/history/report.ts); "Save as PDF…" prints that page in a hidden window, asks where to save
 * it and, when the person asked for it, opens it in the system's PDF viewer.
 */
import { localDateOf } from '../core/history/local-date';
import { buildReport, type ReportModel } from '../core/history/report';
import { paperForLocale, reportQuery, type ReportOptions } from '../core/history/report-options';
import type { HandlerTable } from '../core/ipc/dispatch';
import type { MainMessages } from '../core/locale/main-messages';
import type { Clock } from '../core/ports';
import type { Preset } from '../core/routine/types';
import type { DesktopPort, ReportPdfPort } from '../core/shell-ports';
import type { HistoryLog } from '../services/history-log';

export interface ReportFeatureDeps {
  readonly clock: Clock;
  readonly log: Pick<HistoryLog, 'readAll'>;
  /** The system locale: the paper size. */
  readonly locale: () => string;
  /** How the page writes dates: the UI's language with the region's order (displayLocale). */
  readonly dateLocale: () => string;
  /** The report's words in the language setting (the language feature's). */
  readonly words: () => Pick<MainMessages, 'report' | 'insights'>;
  /** The presets in the same language (the routine feature's content). */
  readonly presets: () => Promise<readonly Preset[]>;
  readonly printer: ReportPdfPort;
  readonly desktop: Pick<DesktopPort, 'savePdfFile' | 'openFile'>;
}

export interface ReportFeature {
  readonly handlers: Pick<HandlerTable, 'getReport' | 'saveReport'>;
}

export function createReportFeature(deps: ReportFeatureDeps): ReportFeature {
  const { clock } = deps;

  async function report(options: ReportOptions): Promise<ReportModel> {
    const { records } = await deps.log.readAll();
    return buildReport({
      records,
      options,
      nowMs: clock.now(),
      timeZone: clock.timeZone(),
      locale: deps.locale(),
      dateLocale: deps.dateLocale(),
      words: deps.words().report,
      insights: deps.words().insights,
      presets: await deps.presets(),
    });
  }

  return {
    handlers: {
      getReport: report,
      saveReport: async ({ open, ...options }) => {
        // The page the printer loads builds the report itself; the paper is all this needs of it.
        const pdf = await deps.printer.print(reportQuery(options), paperForLocale(deps.locale()));
        const date = localDateOf(clock.now(), clock.timeZone());
        const savedTo = await deps.desktop.savePdfFile(`unknot-report-${date}.pdf`, pdf);
        if (savedTo !== null && open) await deps.desktop.openFile(savedTo);
        return { savedTo };
      },
    },
  };
}
