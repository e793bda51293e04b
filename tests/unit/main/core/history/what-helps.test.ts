import { describe, expect, it } from 'vitest';
import { FACTOR_KEYS, FACTORS, type Factors } from '../../../../../main/core/history/factors';
import { addDays } from '../../../../../main/core/history/local-date';
import type { LastNight, Morning } from '../../../../../main/core/history/mornings';
import { HELP_RULES, whatHelps } from '../../../../../main/core/history/what-helps';
import { mainMessages } from '../../../../../main/core/locale/main-messages';
import { EN_INSIGHTS } from '../../../../support/messages';

const TODAY = '2026-11-24';
const NO_ROUTINE: LastNight = { routine: false, preset: null, heatCold: null };
const ROUTINE: LastNight = { routine: true, preset: 'standard', heatCold: null };

/** Mornings on consecutive dates ending `daysAgo` before today, all alike. */
let cursor = 0;
function mornings(count: number, soreness: number, factors: Factors = {}, night = NO_ROUTINE): Morning[] {
  return Array.from({ length: count }, () => {
    cursor += 1;
    return { date: addDays(TODAY, -cursor), soreness, factors, night };
  });
}
const fresh = (): void => {
  cursor = -1; // the first morning is today
};

describe('what seems to help', () => {
  it('needs 5 mornings with a habit and 5 without: 5 vs 4 shows nothing and says how many more', () => {
    fresh();
    const four = [...mornings(5, 2, {}, ROUTINE), ...mornings(4, 6)];
    const shown = whatHelps(four, TODAY, EN_INSIGHTS);
    expect(shown.lines).toEqual([]);
    expect(shown.needed).toBe(
      'Nothing to show yet: at least 1 more morning is needed (5 with a habit and 5 without, in the last 8 weeks).',
    );
    const five = [...four, ...mornings(1, 6)];
    const result = whatHelps(five, TODAY, EN_INSIGHTS);
    expect(result.needed).toBeNull();
    expect(result.lines.map((l) => l.text)).toEqual([
      'Mornings after a routine averaged 4.0 lower (5 vs 5 mornings).',
    ]);
  });

  it('with no mornings at all, 10 are needed', () => {
    expect(whatHelps([], TODAY, EN_INSIGHTS).needed).toBe(
      'Nothing to show yet: at least 10 more mornings are needed (5 with a habit and 5 without, in the last 8 weeks).',
    );
  });

  it("orders by the size of the difference, largest first, with the issue's wording", () => {
    fresh();
    const log = [
      // Back: 12 mornings averaging 3.0; side: 9 averaging 4.78 (43 / 9), 1.8 apart.
      ...mornings(6, 2, { sleptOn: 'back', stress: 'low' }),
      ...mornings(6, 4, { sleptOn: 'back', stress: 'high' }),
      ...mornings(7, 5, { sleptOn: 'side', stress: 'high' }),
      ...mornings(2, 4, { sleptOn: 'side', stress: 'high' }),
    ];
    const { lines } = whatHelps(log, TODAY, EN_INSIGHTS);
    const back = lines.find((l) => l.id === 'sleptOn:back');
    expect(back?.text).toBe('Mornings after sleeping on your back averaged 1.8 lower (12 vs 9 mornings).');
    const sizes = lines.map((l) => Math.abs(l.difference));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(lines.length).toBeGreaterThan(2);
  });

  it("ties keep a fixed order: night habits first, then the factors in the form's order", () => {
    fresh();
    // Back vs side splits exactly like high vs low stress: four lines, all 2.0 apart.
    const log = [
      ...mornings(5, 2, { sleptOn: 'back', stress: 'low' }),
      ...mornings(5, 4, { sleptOn: 'side', stress: 'high' }),
    ];
    const { lines } = whatHelps(log, TODAY, EN_INSIGHTS);
    expect(lines.map((l) => [l.id, l.difference])).toEqual([
      ['sleptOn:back', -2],
      ['sleptOn:side', 2],
      ['stress:high', 2],
      ['stress:low', -2],
    ]);
  });

  it('a factor with one value only is never compared; unanswered and "mixed" mornings do not count', () => {
    fresh();
    const log = [
      ...mornings(10, 3, { pillow: 'usual', sleptOn: 'back' }),
      ...mornings(10, 5, { pillow: 'usual', sleptOn: 'mixed' }),
      ...mornings(10, 7),
    ];
    const { lines, needed } = whatHelps(log, TODAY, EN_INSIGHTS);
    expect(lines).toEqual([]);
    // Pillow "different" has 0 of 5 and back 10 with but 0 without: routine is closest (0 with).
    expect(needed).toContain('at least 5 more mornings are needed');
  });

  it('about the same is said so, not as a difference', () => {
    fresh();
    const log = [...mornings(5, 3, {}, ROUTINE), ...mornings(5, 3)];
    expect(whatHelps(log, TODAY, EN_INSIGHTS).lines[0]?.text).toBe(
      'Mornings after a routine averaged about the same (5 vs 5 mornings).',
    );
  });

  it('counts only the last 8 weeks, today included', () => {
    fresh();
    const inside = [...mornings(5, 2, {}, ROUTINE), ...mornings(4, 6)];
    cursor = HELP_RULES.days - 1; // the next is the 57th day back: outside
    const outside = mornings(3, 6);
    expect(whatHelps([...inside, ...outside], TODAY, EN_INSIGHTS).lines).toEqual([]);
    cursor = HELP_RULES.days - 2; // the next is the 56th day back: inside
    expect(whatHelps([...inside, ...mornings(1, 6)], TODAY, EN_INSIGHTS).lines).not.toEqual([]);
  });

  it('heat and cold come from the night, one line each when both sides suffice', () => {
    fresh();
    const heat: LastNight = { routine: true, preset: 'quick', heatCold: 'heat' };
    const cold: LastNight = { routine: true, preset: 'quick', heatCold: 'cold' };
    const log = [...mornings(5, 1, {}, heat), ...mornings(5, 5, {}, cold), ...mornings(5, 3)];
    const ids = whatHelps(log, TODAY, EN_INSIGHTS).lines.map((l) => l.id);
    expect(ids).toEqual(['heat', 'cold', 'routine', 'neither'].filter((id) => ids.includes(id)));
    expect(ids).toContain('heat');
    expect(ids).toContain('cold');
  });

  it('says association, not cause, and writes its rules from the same bounds', () => {
    const result = whatHelps([], TODAY, EN_INSIGHTS);
    expect(result.caveat).toBe(EN_INSIGHTS.helpCaveat());
    expect(result.caveat).toMatch(/not causes/);
    expect(result.rules.join(' ')).toContain(`at least ${HELP_RULES.minEach} mornings with it`);
    expect(result.rules.join(' ')).toContain(`${HELP_RULES.days} days`);
  });

  it('speaks the language setting', () => {
    expect(whatHelps([], TODAY, mainMessages('de').insights).needed).toBe(
      'Noch nichts zu zeigen: Es braucht noch mindestens 10 Morgen (5 mit einer Gewohnheit und 5 ohne, in den letzten 8 Wochen).',
    );
    fresh();
    const ten = [...mornings(5, 2, {}, ROUTINE), ...mornings(5, 6)];
    expect(whatHelps(ten, TODAY, mainMessages('es').insights).lines[0]?.text).toBe(
      'Las mañanas después de una rutina tuvieron una media 4,0 más baja (5 frente a 5 mañanas).',
    );
  });

  it('compares only values that are choices of their factor', () => {
    for (const key of FACTOR_KEYS) {
      for (const value of Object.keys(FACTORS[key].after))
        expect(Object.keys(FACTORS[key].choices)).toContain(value);
    }
  });
});
