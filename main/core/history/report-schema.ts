/** The report's IPC requests, checked in main before the report feature sees them. */
import * as v from 'valibot';
import { REPORT_WEEKS, type ReportOptions, type SaveReportRequest } from './report-options';

export const reportOptionsSchema = v.strictObject({
  weeks: v.picklist(REPORT_WEEKS, `Choose ${REPORT_WEEKS.join(', ')} weeks`),
  notes: v.boolean('Expected true or false'),
}) satisfies v.GenericSchema<unknown, ReportOptions>;

export const saveReportSchema = v.strictObject({
  ...reportOptionsSchema.entries,
  open: v.boolean('Expected true or false'),
}) satisfies v.GenericSchema<unknown, SaveReportRequest>;
