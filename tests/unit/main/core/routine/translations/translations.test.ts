import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../../../../main/core/routine/catalog';
import { catalogProblems } from '../../../../../../main/core/routine/catalog-problems';
import { HELP } from '../../../../../../main/core/routine/help';
import { ILLUSTRATIONS } from '../../../../../../main/core/routine/poses';
import { CatalogSchema } from '../../../../../../main/core/routine/schema';
import { loadRoutineTranslation } from '../../../../../../main/core/routine/translations/load';
import {
  localizeCatalog,
  localizeHelp,
  localizeOwnExerciseMessages,
  localizeSafety,
} from '../../../../../../main/core/routine/translations/localize';
import { localizeIllustrations } from '../../../../../../main/core/routine/translations/localize-figure';
import { OWN_EXERCISE_MESSAGES } from '../../../../../../main/core/routine/own-exercise';
import { LANGUAGES } from '../../../../../../main/core/locale/language';
import { DE } from '../../../../../../main/core/routine/translations/de';
import { ES } from '../../../../../../main/core/routine/translations/es';
import { TEXT, TRANSLATIONS, content, split, words } from './texts';

const ENGLISH = split(content(null));

/**
 * Texts that are rightly the same as the English: words both languages share. Anything else equal
 * to the English is an untranslated string.
 */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  de: ['Standard'],
  es: [],
};

/** Words that only English uses: one of them in a translation is English left behind. */
const ENGLISH_ONLY_WORDS = [
  'the',
  'your',
  'you',
  'and',
  'with',
  'of',
  'to',
  'is',
  'it',
  'or',
  'for',
  'step',
  'stretch',
  'breathe',
  'back',
  'neck',
  'shoulder',
  'shoulders',
];

describe.each(TRANSLATIONS.map((t) => [t.language, t] as const))(
  'the routine in %s',
  (language, translation) => {
    const translated = split(content(translation));

    it('keeps every id, source, bound, duration, pose and the order of everything: only words differ', () => {
      expect(translated.skeleton).toEqual(ENGLISH.skeleton);
      expect(translated.texts.map((t) => t.path)).toEqual(ENGLISH.texts.map((t) => t.path));
      // The walk must have found the content: every step's title and cues, the help, the poses.
      expect(ENGLISH.texts.length).toBeGreaterThan(200);
    });

    it('has a non-empty text wherever the English has one, and none left in English', () => {
      const allowed = SAME_AS_ENGLISH[language] ?? [];
      const problems = translated.texts.flatMap(({ path, text }, i) => {
        const english = ENGLISH.texts[i]?.text ?? '';
        if (text.trim() === '') return [`${path} is empty`];
        if (text === english && !allowed.includes(text)) return [`${path} is still English: ${text}`];
        const leftovers = words(text).filter((word) => ENGLISH_ONLY_WORDS.includes(word));
        return leftovers.length > 0 ? [`${path} has English words (${leftovers.join(', ')}): ${text}`] : [];
      });
      expect(problems).toEqual([]);
    });

    it('speaks to the reader informally (du, tú), never formally (Sie, usted)', () => {
      const formal: Readonly<Record<string, RegExp>> = {
        // "sie" in lower case is "she / it / they"; the formal "Sie" is capitalised mid-sentence.
        de: /\b(Ihnen|Ihr|Ihre[mnrs]?)\b|[^.:;!?“„«»\s]\s+Sie\b/,
        es: /\b(usted|ustedes|le ruego)\b/i,
      };
      const pattern = formal[language] ?? /$^/;
      const problems = translated.texts
        .filter(({ text }) => pattern.test(text))
        .map((t) => `${t.path}: ${t.text}`);
      expect(problems).toEqual([]);
      expect(
        pattern.test(language === 'de' ? 'Bitte drücken Sie hier.' : 'Por favor, usted debe parar.'),
      ).toBe(true);
    });

    it('keeps every number the English says (durations, counts, the breathing counts)', () => {
      const numbers = (text: string) => (text.match(/\d+/g) ?? []).sort();
      const problems = translated.texts.flatMap(({ path, text }, i) => {
        const english = ENGLISH.texts[i]?.text ?? '';
        return numbers(text).join(' ') === numbers(english).join(' ') ? [] : [`${path}: ${text}`];
      });
      expect(problems).toEqual([]);
    });

    it('ends a sentence where the English ends one, and starts with a capital where the English does (a list item may too)', () => {
      const problems = translated.texts.flatMap(({ path, text }, i) => {
        const english = ENGLISH.texts[i]?.text ?? '';
        const ends = (s: string) => /[.?!:]$/.test(s);
        const capital = (s: string) => /^[¿¡]?\p{Lu}/u.test(s);
        const out: string[] = [];
        if (ends(english) !== ends(text)) out.push(`${path} ends differently: ${text}`);
        // Only one way: German writes every noun with a capital, even at the start of a list item.
        if (capital(english) && !capital(text)) {
          out.push(`${path} starts differently: ${text}`);
        }
        return out;
      });
      expect(problems).toEqual([]);
    });

    it('gives a catalog the schema and the consistency rules accept (titles and cues still fit)', () => {
      const catalog = localizeCatalog(CATALOG, translation);
      const result = v.safeParse(CatalogSchema, catalog);
      expect(
        result.issues?.map((i) => `${i.path?.map((p) => String(p.key)).join('.')}: ${i.message}`) ?? [],
      ).toEqual([]);
      expect(catalogProblems(catalog)).toEqual([]);
    });

    it('shows the same safety words as a step caution and on the help page, as the English does', () => {
      const catalog = localizeCatalog(CATALOG, translation);
      const help = localizeHelp(HELP, translation);
      const safety = localizeSafety(translation);
      const heat = catalog.steps.find((s) => s.id === 'heat-or-cold');
      const breathing = catalog.steps.find((s) => s.id === 'paced-breathing');
      expect(heat?.cautions).toEqual(safety.heatCold);
      expect(breathing?.cautions).toEqual(safety.breathing);
      expect(help.sections.find((s) => s.id === 'heat-cold-safety')?.items).toEqual(safety.heatCold);
      expect(help.sections.find((s) => s.id === 'stretching-safety')?.items).toEqual(safety.stretching);
    });

    it('is frozen like the English, so no caller can change a cue for everyone else', () => {
      expect(Object.isFrozen(translation)).toBe(true);
      const catalog = localizeCatalog(CATALOG, translation);
      expect(Object.isFrozen(catalog.steps[0]?.cues)).toBe(true);
      expect(Object.isFrozen(localizeHelp(HELP, translation).sections[0]?.items[0])).toBe(true);
    });

    it('describes the crossed-out picture wherever the English has one', () => {
      const pictures = localizeIllustrations(ILLUSTRATIONS, translation);
      for (const [id, ill] of Object.entries(ILLUSTRATIONS)) {
        expect(pictures[id]?.avoid === null, id).toBe(ill.avoid === null);
        expect(translation.poses[id as keyof typeof translation.poses].avoid === null, id).toBe(
          ill.avoid === null,
        );
      }
    });
  },
);

describe('English, the source', () => {
  it('is returned as it is: the same objects, nothing copied', () => {
    expect(localizeCatalog(CATALOG, null)).toBe(CATALOG);
    expect(localizeHelp(HELP, null)).toBe(HELP);
    expect(localizeIllustrations(ILLUSTRATIONS, null)).toBe(ILLUSTRATIONS);
    expect(localizeOwnExerciseMessages(null)).toBe(OWN_EXERCISE_MESSAGES);
    expect(localizeOwnExerciseMessages(DE)).toBe(DE.ownExerciseMessages);
    expect(split(content(null)).texts.every((t) => t.text !== TEXT)).toBe(true);
  });

  it('loads no translation, and every other language loads its own', async () => {
    expect(await loadRoutineTranslation('en')).toBeNull();
    expect(await loadRoutineTranslation('de')).toBe(DE);
    expect(await loadRoutineTranslation('es')).toBe(ES);
    expect(LANGUAGES.filter((l) => l !== 'en')).toEqual(TRANSLATIONS.map((t) => t.language));
  });
});
