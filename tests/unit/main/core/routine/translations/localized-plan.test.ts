import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../../../../main/core/routine/catalog';
import { buildPlan, type PlanSettings } from '../../../../../../main/core/routine/plan';
import { PLAN_MESSAGES, formatDuration } from '../../../../../../main/core/routine/plan-messages';
import { describeSource, SOURCE_WORDS } from '../../../../../../main/core/routine/sources';
import {
  ARTICLE_STATEMENT_IDS,
  GENERAL_TOPICS,
  PRESET_IDS,
  type Plan,
  type SourceRef,
} from '../../../../../../main/core/routine/types';
import {
  localizeCatalog,
  localizePlanWords,
  localizeSafety,
} from '../../../../../../main/core/routine/translations/localize';
import { presetSettings } from '../plan-helpers';
import { TRANSLATIONS } from './texts';

const MESSAGE_KEYS = Object.keys(PLAN_MESSAGES) as (keyof typeof PLAN_MESSAGES)[];

/** The structure of a plan, words left out: what must not change with the language. */
const shape = (plan: Plan) => ({
  preset: plan.preset,
  totalSec: plan.totalSec,
  warnings: plan.warnings.length,
  steps: plan.steps.map((s) => [s.id, s.kind, s.durationSec, s.source, s.breathing?.id, s.heatCold]),
});

const OWN = {
  id: 'my-wall-angel',
  exercise: {
    title: 'Wall angel',
    cues: ['Slide your arms up the wall.'],
    twoSided: false,
    switchCue: null,
    bodyArea: 'shoulders',
    durationSec: 40,
    poseId: null,
  },
} as const;

/** Settings that give every warning a plan can give about steps at once. */
const TROUBLED: Partial<PlanSettings> = {
  steps: [
    { id: 'chin-tuck', enabled: true, durationSec: 5 },
    { id: 'no-such-step', enabled: true, durationSec: 30 },
    { id: 'heat-or-cold', enabled: true, durationSec: 900 },
  ],
  heatCold: 'skip',
};

describe.each(TRANSLATIONS.map((t) => [t.language, t] as const))(
  'plans and messages in %s',
  (_language, translation) => {
    const catalog = localizeCatalog(CATALOG, translation);
    const words = localizePlanWords(translation);

    it.each(PRESET_IDS)('plays the %s preset exactly as the English: same steps, lengths and total', (id) => {
      const english = buildPlan(presetSettings(id), CATALOG);
      const localized = buildPlan(presetSettings(id), catalog, words);
      expect(shape(localized)).toEqual(shape(english));
      expect(localized.totalSec).toBe(CATALOG.presets.find((p) => p.id === id)?.statedSec);
      for (const step of localized.steps) {
        expect(step.title).toBe(catalog.steps.find((s) => s.id === step.id)?.title);
      }
    });

    it('warns about the same problems, in its own words, naming the translated step', () => {
      const settings = presetSettings('standard', { ...TROUBLED, ownSteps: [OWN] });
      const english = buildPlan(settings, CATALOG);
      const localized = buildPlan(settings, catalog, words);
      expect(shape(localized)).toEqual(shape(english));
      expect(localized.warnings).toHaveLength(3);
      localized.warnings.forEach((warning, i) => expect(warning).not.toBe(english.warnings[i]));
      const chinTuck = catalog.steps.find((s) => s.id === 'chin-tuck');
      expect(localized.warnings.some((w) => chinTuck !== undefined && w.startsWith(chinTuck.title))).toBe(
        true,
      );
      expect(localized.warnings.some((w) => w.includes('"no-such-step"'))).toBe(true);
    });

    it("gives an exercise of one's own the general stretching cautions in this language", () => {
      const steps = [{ id: OWN.id, enabled: true, durationSec: 40 }];
      const plan = buildPlan(presetSettings('standard', { steps, ownSteps: [OWN] }), catalog, words);
      const own = plan.steps.find((s) => s.id === OWN.id);
      expect(own?.cautions).toEqual(localizeSafety(translation).stretching);
      expect(own?.title).toBe(OWN.exercise.title);
    });

    it('has every plan message, each taking the same values as the English and showing them all', () => {
      expect(Object.keys(translation.planMessages).sort()).toEqual([...MESSAGE_KEYS].sort());
      for (const key of MESSAGE_KEYS) {
        const message = translation.planMessages[key];
        const english = PLAN_MESSAGES[key];
        expect(typeof message, key).toBe(typeof english);
        if (typeof message === 'function' && typeof english === 'function') {
          expect(message.length, key).toBe(english.length);
        }
      }
      const m = translation.planMessages;
      const bounds = m.durationOutOfBounds('Zqx title', 999, 20, 90);
      for (const value of ['Zqx title', '999', formatDuration(20), formatDuration(90)])
        expect(bounds).toContain(value);
      expect(m.presetStepMissing('zqx-id')).toContain('"zqx-id"');
      expect(m.unknownSteps(['zqx-a'])).toContain('"zqx-a"');
      // One or many: the sentence agrees with the count, as the English does.
      expect(m.unknownSteps(['zqx-a']).replace('"zqx-a"', '')).not.toBe(
        m.unknownSteps(['zqx-a', 'zqx-b']).replace('"zqx-a", "zqx-b"', ''),
      );
      const many = m.unknownSteps(['a', 'b', 'c', 'd', 'e']);
      expect(many).toContain('"a", "b", "c"');
      expect(many).toContain('2');
      expect(many).not.toContain('"d"');
    });

    it('describes values it could not use in its own words, never in English', () => {
      const m = translation.planMessages;
      const english = PLAN_MESSAGES;
      for (const value of [Number.NaN, null, [1], { a: 1 }, 10n]) {
        const said = m.durationOutOfBounds('T', value, 20, 90);
        expect(said, String(value)).not.toMatch(/\b(an invalid number|nothing|a list|an object|a bigint)\b/);
        expect(said).not.toBe(english.durationOutOfBounds('T', value, 20, 90));
      }
    });

    it('names every source in this language, with its statement id', () => {
      const sources: SourceRef[] = [
        ...ARTICLE_STATEMENT_IDS.map((article) => ({ article })),
        ...GENERAL_TOPICS.map((general) => ({ general })),
        { article: 'S2', general: 'stretching' },
      ];
      for (const source of sources) {
        const said = describeSource(source, translation.sources);
        expect(said).not.toBe(describeSource(source, SOURCE_WORDS));
        if (source.article !== undefined) {
          expect(said).toContain(source.article);
          expect(said).toContain(translation.sources.statements[source.article]);
        }
        if (source.general !== undefined) expect(said).toContain(translation.sources.topics[source.general]);
      }
    });
  },
);
