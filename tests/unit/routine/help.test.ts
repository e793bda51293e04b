import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BREATHING_SAFETY, HEAT_COLD_SAFETY, STRETCHING_SAFETY } from '../../../main/core/routine/safety';
import { CATALOG } from '../../../main/core/routine/catalog';
import { describeSource } from '../../../main/core/routine/sources';
import { HELP, HELP_SECTION_IDS, type HelpSectionId } from '../../../main/core/routine/help';
import { SourcedTextSchema } from '../../../main/core/routine/schema';

const section = (id: HelpSectionId) => {
  const found = HELP.sections.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no section ${id}`);
  return found;
};

describe('When to get help', () => {
  it('has each section once, in the declared order, every item sourced', () => {
    expect(HELP.sections.map((s) => s.id)).toEqual([...HELP_SECTION_IDS]);
    const items = [HELP.disclaimer, ...HELP.sections.flatMap((s) => s.items)];
    for (const item of items) expect(v.is(SourcedTextSchema, item), item.text).toBe(true);
  });

  it('says once, plainly, that Unknot does not diagnose or treat', () => {
    expect(HELP.disclaimer.source).toEqual({ general: 'not-medical-advice' });
    expect(HELP.disclaimer.text).toMatch(/not medical care/);
    expect(HELP.disclaimer.text).toMatch(/does not treat/);
    const repeats = HELP.sections
      .flatMap((s) => s.items)
      .filter((i) => i.source.general === 'not-medical-advice');
    expect(repeats).toEqual([]);
  });

  it('sends persisting or worsening soreness to a professional, citing the article (S5)', () => {
    const items = section('see-a-professional').items;
    expect(items.every((i) => i.source.article === 'S5' && i.source.general === undefined)).toBe(true);
    expect(items.map((i) => i.text).join(' ')).toMatch(/gets worse/);
  });

  it('lists every urgent red flag from the facts, labelled as general guidance', () => {
    const urgent = section('urgent-care');
    expect(
      urgent.items.every((i) => i.source.general === 'urgent-care' && i.source.article === undefined),
    ).toBe(true);
    const text = urgent.items.map((i) => i.text).join(' | ');
    for (const flag of [
      /chest pain/,
      /shortness of breath/,
      /sweating/,
      /arm or jaw/,
      /fall or an accident/,
      /fever/,
      /numbness, tingling or weakness/,
      /bladder or bowels/,
      /weight loss/,
    ]) {
      expect(text).toMatch(flag);
    }
  });

  it('shows the same safety notes the steps use, so the two cannot drift', () => {
    expect(section('stretching-safety').items).toBe(STRETCHING_SAFETY);
    expect(section('heat-cold-safety').items).toBe(HEAT_COLD_SAFETY);
    expect(section('breathing-safety').items).toBe(BREATHING_SAFETY);
    expect(CATALOG.steps.find((s) => s.kind === 'breathing')?.cautions).toBe(BREATHING_SAFETY);
    for (const note of [...STRETCHING_SAFETY, ...HEAT_COLD_SAFETY, ...BREATHING_SAFETY]) {
      expect(note.source.article, note.text).toBeUndefined();
    }
  });

  it('covers the heat and cold rules: cloth, 20 minutes, skin check, never asleep, numb skin, fresh injury', () => {
    const text = HEAT_COLD_SAFETY.map((n) => n.text).join(' | ');
    for (const rule of [
      /cloth/,
      /Twenty minutes/,
      /skin/,
      /Never fall asleep/,
      /numb or broken skin/,
      /fresh injury/,
    ]) {
      expect(text).toMatch(rule);
    }
  });
});

describe('describeSource', () => {
  it('tells article advice from general guidance', () => {
    expect(describeSource({ article: 'S5' })).toBe('From the article (S5: Professional help)');
    expect(describeSource({ general: 'urgent-care' })).toBe(
      'General guidance, not from the article (When to get urgent care)',
    );
    expect(describeSource({ article: 'S2', general: 'stretching' })).toBe(
      'From the article (S2: Gentle stretching before bed), with general guidance (Stretching safety)',
    );
  });
});
