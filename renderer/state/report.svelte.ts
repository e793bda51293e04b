import type { ReportModel } from '$core/history/report';
import type { ReportOptions, SaveReportRequest } from '$core/history/report-options';
import type { UnknotApi } from '../api';

/**
 * The one-page report: the page's model as main built it, and "Save as PDF…", which main prints
 * from a hidden window. Owns both IPC calls for the report page and the history view's dialog.
 */
export class ReportState {
  model = $state<ReportModel | null>(null);
  /** What the last call said went wrong, for the status line. */
  error = $state('');
  saving = $state(false);

  readonly #api: UnknotApi;

  constructor(api: UnknotApi) {
    this.#api = api;
  }

  async load(options: ReportOptions): Promise<void> {
    const result = await this.#api.getReport(options);
    this.error = result.ok ? '' : result.error.message;
    if (result.ok) this.model = result.value;
  }

  /** Where the PDF went; null when the person cancelled or it failed (then `error` says why). */
  async save(request: SaveReportRequest): Promise<string | null> {
    this.saving = true;
    try {
      const result = await this.#api.saveReport(request);
      this.error = result.ok ? '' : result.error.message;
      return result.ok ? result.value.savedTo : null;
    } finally {
      this.saving = false;
    }
  }
}
