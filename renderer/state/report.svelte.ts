import type { ReportModel } from '$core/history/report';
import type { ReportOptions, SaveReportRequest } from '$core/history/report-options';
import type { UnknotApi } from '../api';

/**
 * The one-page report: the page's model as main built it, and "Save as PDF…", which main prints
 * from a hidden window. Owns both IPC calls for the report page and the history view's offer, and
 * what the status line says about them.
 */
export class ReportState {
  model = $state<ReportModel | null>(null);
  /** What the last call came to, for the status line ("" while there is nothing to say). */
  status = $state('');
  saving = $state(false);

  readonly #api: UnknotApi;

  constructor(api: UnknotApi) {
    this.#api = api;
  }

  async load(options: ReportOptions): Promise<void> {
    const result = await this.#api.getReport(options);
    this.status = result.ok ? '' : result.error.message;
    if (result.ok) this.model = result.value;
  }

  async save(request: SaveReportRequest): Promise<void> {
    this.saving = true;
    this.status = 'Preparing the page…';
    try {
      const result = await this.#api.saveReport(request);
      if (!result.ok) this.status = `The report was not saved: ${result.error.message}`;
      else this.status = result.value.savedTo ? `Saved to ${result.value.savedTo}` : 'Saving cancelled.';
    } finally {
      this.saving = false;
    }
  }
}
