/**
 * What the person chooses for the one-page report (the period, whether their notes go on it) and
 * the paper it is printed on. Kept apart from the report model so the history view's dialog and
 * the report page read the choices without the statistics behind them.
 */
export const REPORT_WEEKS = [4, 8, 12] as const;
export type ReportWeeks = (typeof REPORT_WEEKS)[number];

export interface ReportOptions {
  readonly weeks: ReportWeeks;
  /** The person's notes are private until they choose to share them. */
  readonly notes: boolean;
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = { weeks: 8, notes: false };

/** Saving adds one more choice: open the saved PDF in the system's viewer. */
export interface SaveReportRequest extends ReportOptions {
  readonly open: boolean;
}

/** The report view's query ("weeks=8&notes=0"): how the hidden print window is told the options. */
export function reportQuery(options: ReportOptions): string {
  return `weeks=${options.weeks}&notes=${options.notes ? 1 : 0}`;
}

/** The options in a report view's query; anything missing or unknown takes the default. */
export function reportOptionsFromSearch(search: string): ReportOptions {
  const params = new URLSearchParams(search);
  const weeks = Number(params.get('weeks'));
  return {
    weeks: REPORT_WEEKS.find((w) => w === weeks) ?? DEFAULT_REPORT_OPTIONS.weeks,
    notes: params.get('notes') === '1',
  };
}

/** The report page once its model is drawn: what the print window waits for before printing. */
export const REPORT_READY_SELECTOR = '[data-testid="report"][aria-busy="false"]';

export const PAPERS = {
  A4: { widthMm: 210, heightMm: 297 },
  Letter: { widthMm: 215.9, heightMm: 279.4 },
} as const;
export type Paper = keyof typeof PAPERS;

/**
 * Where Letter is the usual paper (CLDR's paperSize data: the United States and Canada, Mexico,
 * the Philippines, Puerto Rico, Chile, Colombia, Venezuela and most of Central America); A4
 * everywhere else. Intl knows a locale's region but not its paper, so the list is ours.
 */
const LETTER_REGIONS: ReadonlySet<string> = new Set([
  'US',
  'CA',
  'MX',
  'PH',
  'PR',
  'CL',
  'CO',
  'VE',
  'BZ',
  'CR',
  'GT',
  'NI',
  'PA',
  'SV',
]);

/**
 * The paper for a system locale (BCP 47). A locale without a region is completed by Intl's likely
 * subtags ("en" is en-Latn-US, "es" es-Latn-ES); an unreadable one gets A4, the world's default.
 */
export function paperForLocale(locale: string): Paper {
  try {
    // A POSIX name from the environment ("en_US.UTF-8") reads as its BCP 47 form.
    const region = new Intl.Locale(locale.split('.')[0]?.replace('_', '-') ?? locale).maximize().region;
    return region !== undefined && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
  } catch {
    return 'A4';
  }
}
