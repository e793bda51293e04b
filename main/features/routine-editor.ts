import { isBedtimePreset, PRESETS } from '../core/routine/presets';
import { formatDuration } from '../core/routine/plan-messages';
import type { EditorStep, RoutineEditorModel } from '../core/ipc/contract';
import type { Settings } from '../core/settings/schema';
import { ENGLISH_CONTENT, planFor, type RoutineContent } from './routine-config';
import { toOwnStep } from '../core/routine/own-exercise';
import { illustrationIdOf } from '../core/routine/own-step';

/** Titles, preset names and pose labels in `content`'s language; an own exercise keeps the user's words. */
export function routineEditorModel(
  settings: Settings,
  content: RoutineContent = ENGLISH_CONTENT,
): RoutineEditorModel {
  const preset = PRESETS.find((p) => p.id === settings.routine.preset) ?? PRESETS[1];
  const presetDurations = new Map((preset?.steps ?? []).map((s) => [s.stepId, s.durationSec]));
  const ownById = new Map(settings.routine.ownSteps.map((s) => [s.id, s.exercise]));
  const all = [...content.catalog.steps, ...settings.routine.ownSteps.map(toOwnStep)];
  const byId = new Map(all.map((s) => [s.id, s]));
  const saved = settings.routine.steps.filter((s) => byId.has(s.id));
  const order =
    saved.length > 0
      ? [...saved.map((s) => s.id), ...all.map((s) => s.id).filter((id) => !saved.some((s) => s.id === id))]
      : [...presetDurations.keys(), ...all.map((s) => s.id).filter((id) => !presetDurations.has(id))];
  const plan = planFor(settings, content);
  const steps = order.flatMap((id): EditorStep[] => {
    const step = byId.get(id);
    if (!step) return [];
    const custom = saved.find((s) => s.id === id);
    const planned = plan.steps.find((s) => s.id === id);
    return [
      {
        id,
        title: step.title,
        kind: step.kind,
        bodyArea: step.bodyArea,
        enabled: custom ? custom.enabled : presetDurations.has(id),
        durationSec:
          planned?.durationSec ?? custom?.durationSec ?? presetDurations.get(id) ?? step.boundsSec.default,
        minSec: step.boundsSec.min,
        maxSec: step.boundsSec.max,
        inPreset: presetDurations.has(id),
        own: ownById.get(id) ?? null,
        illustrationId: illustrationIdOf(step),
      },
    ];
  });
  return {
    presets: content.catalog.presets.filter(isBedtimePreset).map(({ id, title, description, statedSec }) => ({
      id,
      title,
      description,
      statedSec,
    })),
    steps,
    totalSec: plan.totalSec,
    totalText: formatDuration(plan.totalSec),
    warnings: plan.warnings,
    poses: content.poses,
  };
}
