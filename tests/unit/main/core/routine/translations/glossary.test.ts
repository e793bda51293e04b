import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../../../../main/core/routine/catalog';
import { BODY_AREA_LABELS, BODY_AREAS } from '../../../../../../main/core/routine/types';
import { EN_TERMS, type GlossaryTerms } from '../../../../../../main/core/routine/translations/glossary';
import { DE_TERMS } from '../../../../../../main/core/routine/translations/glossary-de';
import { ES_TERMS } from '../../../../../../main/core/routine/translations/glossary-es';
import { localizeCatalog } from '../../../../../../main/core/routine/translations/localize';
import type { Language } from '../../../../../../main/core/locale/language';
import { TRANSLATIONS, content, split } from './texts';

const GLOSSARY: Readonly<Record<Language, GlossaryTerms>> = { en: EN_TERMS, de: DE_TERMS, es: ES_TERMS };

/**
 * How each checked term shows inside a sentence. German inflects ("der obere Rücken", "den oberen
 * Rücken") and compounds ("Schulterhöhe"); Spanish agrees in gender ("una compresa fría"). The
 * English patterns skip "shoulder blade", which is its own word in both languages.
 */
const IN_A_SENTENCE: Readonly<Record<string, Readonly<Record<Language, RegExp>>>> = {
  'upper back': { en: /\bupper[- ]back\b/i, de: /\bobere[nmrs]? rücken/i, es: /espalda alta/i },
  neck: { en: /\bneck\b/i, de: /nacken/i, es: /\bcuello\b/i },
  shoulders: { en: /\bshoulders?\b(?![- ]blades?)/i, de: /schulter/i, es: /\bhombros?\b/i },
  heat: { en: /\bheat\b/i, de: /wärme/i, es: /\bcalor\b/i },
  cold: { en: /\bcold\b/i, de: /kälte/i, es: /\bfr[íi][oa]s?\b/i },
  'a doctor or physiotherapist': {
    en: new RegExp(EN_TERMS.professional, 'i'),
    de: new RegExp(DE_TERMS.professional, 'i'),
    es: new RegExp(ES_TERMS.professional, 'i'),
  },
  'see a healthcare professional': {
    en: new RegExp(EN_TERMS.seeProfessional, 'i'),
    de: new RegExp(DE_TERMS.seeProfessional, 'i'),
    es: new RegExp(ES_TERMS.seeProfessional, 'i'),
  },
  'when to get help': {
    en: new RegExp(EN_TERMS.whenToGetHelp, 'i'),
    de: new RegExp(DE_TERMS.whenToGetHelp, 'i'),
    es: new RegExp(ES_TERMS.whenToGetHelp, 'i'),
  },
};

const ENGLISH = split(content(null)).texts;

describe('the glossary', () => {
  it('matches its own words: each sentence pattern finds the glossary term it stands for', () => {
    for (const language of ['en', 'de', 'es'] as const) {
      const terms = GLOSSARY[language];
      const patterns = (term: string) => IN_A_SENTENCE[term]?.[language] ?? /^$/;
      expect(terms.bodyAreas['upper-back']).toMatch(patterns('upper back'));
      expect(terms.bodyAreas.neck).toMatch(patterns('neck'));
      expect(terms.bodyAreas.shoulders).toMatch(patterns('shoulders'));
      expect(terms.heat).toMatch(patterns('heat'));
      expect(terms.cold).toMatch(patterns('cold'));
    }
  });

  it('is where the English body-area labels and soreness scale come from', () => {
    expect(BODY_AREA_LABELS).toBe(EN_TERMS.bodyAreas);
    for (const step of CATALOG.steps) {
      if (step.rating === null) continue;
      expect([step.rating.lowLabel, step.rating.highLabel]).toEqual([EN_TERMS.scaleLow, EN_TERMS.scaleHigh]);
    }
  });

  describe.each(TRANSLATIONS.map((t) => [t.language, t] as const))('in %s', (language, translation) => {
    const texts = split(content(translation)).texts;

    it.each(Object.keys(IN_A_SENTENCE))(
      'says "%s" with the glossary word wherever the English does',
      (term) => {
        const pattern = IN_A_SENTENCE[term];
        if (pattern === undefined) throw new Error(term);
        const pairs = ENGLISH.map((en, i) => ({ en: en.text, text: texts[i]?.text ?? '', path: en.path }));
        const uses = pairs.filter((pair) => pattern.en.test(pair.en));
        // Each term must be used somewhere, or the check proves nothing.
        expect(uses.length, term).toBeGreaterThan(0);
        const missing = uses.filter((pair) => !pattern[language].test(pair.text));
        expect(missing.map((pair) => `${pair.path}: ${pair.text}`)).toEqual([]);
      },
    );

    it('labels the body areas and rates soreness with exactly the glossary words', () => {
      expect(translation.terms).toBe(GLOSSARY[language]);
      const catalog = localizeCatalog(CATALOG, translation);
      for (const area of BODY_AREAS)
        expect(content(translation).bodyAreas[area]).toBe(GLOSSARY[language].bodyAreas[area]);
      const ratings = catalog.steps.flatMap((step) => (step.rating === null ? [] : [step.rating]));
      expect(ratings.length).toBe(2);
      for (const rating of ratings) {
        expect([rating.lowLabel, rating.highLabel]).toEqual([
          GLOSSARY[language].scaleLow,
          GLOSSARY[language].scaleHigh,
        ]);
      }
    });

    it('sends worsening soreness to a professional in the glossary words, on the help page and at good night', () => {
      const { help, catalog } = content(translation);
      const professional = help.sections.find((s) => s.id === 'see-a-professional');
      expect(professional?.title).toBe(GLOSSARY[language].seeProfessional);
      expect(professional?.items[0]?.text).toContain(GLOSSARY[language].professional);
      const goodNight = catalog.steps.find((s) => s.id === 'good-night');
      expect(goodNight?.cautions[0]?.text).toContain(GLOSSARY[language].professional);
      expect(goodNight?.cautions[0]?.source).toEqual({ article: 'S5' });
    });
  });
});
