/**
 * The history view's sentences made in main (core/history: copy.ts, what-helps.ts, mornings.ts, the
 * loosen-up offer), also quoted by the one-page report. Each states its numbers; the rules quote
 * the constants they are built on, passed in as placeholders.
 */
export default {
  skipped: '{count} {{line|lines}} of your history could not be read and {{was|were}} skipped.',
  span: '{from} to {to}',
  chartShading: 'Shaded columns are nights with a routine.',
  chartNone: 'No mornings logged from {span}.',
  chartSummary:
    'Morning soreness from {span}: {count} {{morning|mornings}} logged, average {average} out of {max} (lowest {lowest}, highest {highest}).',
  nightsText: 'A routine on {count} {{night|nights}} of the last {days}.',
  streakNone: 'none yet (no routine last night or tonight).',
  streak: '{count} {{night|nights in a row}}.',
  nudgeCaveat:
    'Unknot cannot tell what is causing your soreness: this is a prompt to get advice, not a diagnosis.',
  insightNeeds:
    'To compare mornings after a routine with other mornings, Unknot needs at least {min} of each in the last {days} days (so far: {after} after a routine, {other} without).',
  insight:
    'Over the last {days} days, mornings after a routine night averaged {after} out of {max} ({afterCount} {{afterCount:morning|mornings}}); other mornings averaged {other} ({otherCount} {{otherCount:morning|mornings}}): {verdict}.',
  aboutTheSame: 'about the same',
  lowerAfterRoutine: '{difference} lower after a routine',
  higherAfterRoutine: '{difference} higher after a routine',
  trendNeeds:
    'A trend needs at least {min} logged mornings in each of the last two {span}-day spans (so far: {recent} and {before}).',
  trend:
    'Last {span} days: average {recent} out of {max} ({recentCount} {{recentCount:morning|mornings}}); the {span} days before: {before} ({beforeCount} {{beforeCount:morning|mornings}}): {change}.',
  trendUp: 'up {change}',
  trendDown: 'down {change}',
  nudgePersists:
    'Your back was sore ({soreAt} or more out of {max}) on {sore} of the last {of} mornings you logged.',
  nudgeWorsens:
    'Your average morning soreness rose by {change}: {recent} over the last {days} days against {before} the {days} days before.',
  rulePersists:
    'Soreness that persists: {soreAt} or more out of {max} on at least {soreMornings} of your last {persistMornings} logged mornings (only mornings from the last {recentDays} days count).',
  ruleWorsens:
    'Soreness that worsens: your average over the last {days} days is at least {worseBy} points higher than over the {days} days before, with at least {min} logged mornings in each.',
  ruleDismiss: 'If you dismiss the suggestion, it stays hidden for {days} days.',
  ruleAfterRoutine:
    'A morning counts as "after a routine" when you did one the evening before. Comparisons and trends appear once there are at least {min} mornings on each side.',
  ruleNotDiagnosis:
    'These are simple rules applied to your own log, not a diagnosis. If you are worried, see a professional whatever the numbers say.',
  helpCaveat:
    'These are associations in your own log, not causes: a habit that goes with better mornings may not be what makes them better.',
  helpRuleSpan:
    'Only mornings logged in the last {weeks} weeks ({days} days) count, one per date (the latest entry).',
  helpRuleShown: 'A habit is shown once there are at least {min} mornings with it and {min} without.',
  helpRuleCompare:
    'Each line compares the average morning soreness after the habit with the average without it; the largest difference comes first.',
  helpRuleSources:
    'The routine, heat and cold come from what you recorded the evening before. The other habits come from your answers at the check-in: a morning where a question was left unanswered, or where you chose "Mixed or don\'t know", does not count for that question.',
  helpSame: 'Mornings after {after} averaged about the same ({with} vs {without} {{morning|mornings}}).',
  helpLower: 'Mornings after {after} averaged {difference} lower ({with} vs {without} {{morning|mornings}}).',
  helpHigher:
    'Mornings after {after} averaged {difference} higher ({with} vs {without} {{morning|mornings}}).',
  helpNeeded:
    'Nothing to show yet: at least {missing} more {{morning is|mornings are}} needed ({min} with a habit and {min} without, in the last {weeks} weeks).',
  afterRoutine: 'a routine',
  afterHeat: 'a routine with heat',
  afterCold: 'a routine with cold',
  afterNeither: 'a night without heat or cold',
  afterSleptOnBack: 'sleeping on your back',
  afterSleptOnSide: 'sleeping on your side',
  afterSleptOnFront: 'sleeping face down',
  afterPillowDifferent: 'a different pillow',
  afterLiftingYes: 'a day with heavy lifting or sport',
  afterStressHigh: 'a day of high stress',
  afterStressSome: 'a day of some stress',
  afterStressLow: 'a day of low stress',
  lastNightNone: 'Last night: no routine recorded.',
  lastNight: 'Last night: the {title} routine.',
  lastNightHeat: 'Last night: the {title} routine, with heat.',
  lastNightCold: 'Last night: the {title} routine, with cold.',
  loosenText: 'A sore start to the day? {description}',
  loosenButton: 'Start the {minutes}-minute morning loosen-up',
} as const;
