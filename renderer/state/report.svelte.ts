import type { ReportModel } from '$core/history/report';
import type { ReportOptions, SaveReportRequest } from '$core/history/report-options';
import type { UnknotApi } from '../api';

/** Where the last call left things; the offer words it (its catalog), the report page shows a failure. */
export type ReportStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'failed'; readonly error: string }
  | { readonly kind: 'preparing' }
  | { readonly kind: 'not-saved'; readonly error: string }
  | { readonly kind: 'saved'; readonly path: string }
  | { readonly kind: 'cancelled' };

/**
 * The one-page report: the page's model as main built it, and "Save as PDF…", which main prints
 * from a hidden window. Owns both IPC calls for the report page and the history view's offer, and
 * what they came to (the status; the components say it in words).
 */
export class ReportState {
  model = $state<ReportModel | null>(null);
  /** What the last call came to, for the status line. */
  status = $state<ReportStatus>({ kind: 'idle' });
  saving = $state(false);

  readonly #api: UnknotApi;

  constructor(api: UnknotApi) {
    this.#api = api;
  }

  async load(options: ReportOptions): Promise<void> {
    const result = await this.#api.getReport(options);
    this.status = result.ok ? { kind: 'idle' } : { kind: 'failed', error: result.error.message };
    if (result.ok) this.model = result.value;
  }

  async save(request: SaveReportRequest): Promise<void> {
    this.saving = true;
    this.status = { kind: 'preparing' };
    try {
      const result = await this.#api.saveReport(request);
      if (!result.ok) this.status = { kind: 'not-saved', error: result.error.message };
      else if (result.value.savedTo) this.status = { kind: 'saved', path: result.value.savedTo };
      else this.status = { kind: 'cancelled' };
    } finally {
      this.saving = false;
    }
  }
}
