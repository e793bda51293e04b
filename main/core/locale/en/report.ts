/**
 * The one-page report's words (core/history/report.ts builds the page from them in main; the report
 * window shows them with the model). Main bundles every language: main-messages.ts.
 */
export default {
  title: 'Morning upper-back soreness',
  period: '{weeks} weeks: {from} to {to}',
  made: 'Made on {date} from the log kept in the Unknot app.',
  scale: 'Soreness is rated each morning from {min} (none) to {max} (worst imaginable).',
  disclaimer: "This page summarises the person's own log, kept in Unknot; it is not a diagnosis.",
  headingSoreness: 'Morning soreness',
  headingBands: 'Mornings by score',
  headingNights: 'Evening routine',
  headingChart: 'Day by day',
  headingHelps: 'What seems to help',
  headingCheckup: 'Check-up rules met',
  headingNotes: 'Notes from the log',
  legend: 'Line and dots: soreness each morning. Grey columns: nights with the routine.',
  morningsLogged: 'Mornings logged',
  average: 'Average',
  worst: 'Worst',
  best: 'Best',
  routineNights: 'Routine nights',
  usualRoutine: 'Usual routine',
  heatOrCold: 'Heat or cold',
  countOf: '{count} of {total}',
  outOf: '{value} / {max}',
  withShare: '{value} ({percent}%)',
  mornings: '{count} {{morning|mornings}}',
  usualValue: '{title} ({count} of {total} {{night|nights}})',
  heatColdValue: 'heat on {heat}, cold on {cold}, neither on {neither} {{night|nights}}',
  none: 'none',
  nothingLogged: 'none logged',
  noCheckup: 'None of Unknot’s check-up rules is met.',
  helpsHidden: '{hidden} smaller {{difference is|differences are}} not shown.',
  noNotes: 'No notes were written in this period.',
  notesHidden:
    'The {shown} {{latest note|latest notes}} of {written}; {hidden} earlier {{is|are}} not shown.',
} as const;
