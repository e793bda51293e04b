/**
 * Short names for the article statements and the general-guidance topics, so the UI can show
 * where each piece of advice comes from ("From the article" vs "General safety guidance").
 */
import type { ArticleStatementId, GeneralTopic, SourceRef } from './types';

export const ARTICLE_STATEMENTS: Readonly<Record<ArticleStatementId, string>> = Object.freeze({
  S1: 'Sleep posture',
  S2: 'Gentle stretching before bed',
  S3: 'Stress management',
  S4: 'Heat or cold',
  S5: 'Professional help',
  P1: 'Prevention during the day',
});

export const GENERAL_TOPIC_NAMES: Readonly<Record<GeneralTopic, string>> = Object.freeze({
  stretching: 'Stretching safety',
  'heat-cold': 'Heat and cold safety',
  breathing: 'Paced breathing',
  'urgent-care': 'When to get urgent care',
  'not-medical-advice': 'About Unknot',
});

/** A one-line label for a source, e.g. for a tooltip or a small caption under a caution. */
export function describeSource(source: SourceRef): string {
  const general = source.general === undefined ? null : GENERAL_TOPIC_NAMES[source.general];
  if (source.article === undefined) {
    return `General guidance, not from the article (${general ?? 'general'})`;
  }
  const article = `From the article (${source.article}: ${ARTICLE_STATEMENTS[source.article]})`;
  return general === null ? article : `${article}, with general guidance (${general})`;
}
