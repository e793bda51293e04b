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

/** How sources are named in one language: the names above and the captions built from them. */
export interface SourceWords {
  readonly statements: Readonly<Record<ArticleStatementId, string>>;
  readonly topics: Readonly<Record<GeneralTopic, string>>;
  readonly generalOnly: (topic: string) => string;
  readonly fromArticle: (id: ArticleStatementId, statement: string) => string;
  readonly withGeneral: (fromArticle: string, topic: string) => string;
}

export const SOURCE_WORDS: SourceWords = {
  statements: ARTICLE_STATEMENTS,
  topics: GENERAL_TOPIC_NAMES,
  generalOnly: (topic) => `General guidance, not from the article (${topic})`,
  fromArticle: (id, statement) => `From the article (${id}: ${statement})`,
  withGeneral: (fromArticle, topic) => `${fromArticle}, with general guidance (${topic})`,
};

/** A one-line label for a source, e.g. for a tooltip or a small caption under a caution. */
export function describeSource(source: SourceRef, words: SourceWords = SOURCE_WORDS): string {
  if (source.article === undefined) return words.generalOnly(words.topics[source.general]);
  const article = words.fromArticle(source.article, words.statements[source.article]);
  return source.general === undefined ? article : words.withGeneral(article, words.topics[source.general]);
}
