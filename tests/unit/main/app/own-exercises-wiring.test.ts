import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnknotApp } from '../../../../main/app';
import { INVOKE_CHANNELS } from '../../../../main/core/ipc/channels';
import type {
  ImportOutcome,
  PackPreview,
  RoutineEditorModel,
  RoutineSetup,
  SettingsState,
} from '../../../../main/core/ipc/contract';
import type { IpcResult } from '../../../../main/core/ipc/result';
import { PACK_MESSAGES } from '../../../../main/core/routine/exercise-pack';
import { OWN_EXERCISE_MESSAGES as M } from '../../../../main/core/routine/own-exercise';
import { startSeededApp, type SeededApp } from '../../../support/test-app';
import { type FakeShell } from '../../../support/fake-shell';
import { DOORWAY_LEAN, WALL_ANGEL } from '../core/routine/own-exercise-fixtures';

describe('own exercises through IPC (fake shell)', () => {
  let dir: string;
  let shell: FakeShell;
  let app: UnknotApp;

  async function call<T>(method: keyof typeof INVOKE_CHANNELS, payload?: unknown): Promise<IpcResult<T>> {
    return (await app.dispatch(INVOKE_CHANNELS[method], payload)) as IpcResult<T>;
  }
  async function ok<T>(method: keyof typeof INVOKE_CHANNELS, payload?: unknown): Promise<T> {
    const result = await call<T>(method, payload);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  }
  const settingsFile = (): Promise<string> => readFile(join(dir, 'settings.json'), 'utf8');
  const planIds = async (): Promise<string[]> =>
    (await ok<RoutineSetup>('getRoutinePlan')).plan.steps.map((s) => s.id);

  let seeded: SeededApp;
  beforeEach(async () => {
    seeded = await startSeededApp('unknot-own-');
    ({ dir, shell, app } = seeded);
  });
  afterEach(() => seeded.close());

  it('an exercise added in settings is saved, broadcast, listed as yours and played', async () => {
    const state = await ok<SettingsState>('saveOwnStep', { id: null, exercise: WALL_ANGEL });
    expect(state.settings.routine.ownSteps).toEqual([{ id: 'my-wall-angel', exercise: WALL_ANGEL }]);
    expect(JSON.parse(await settingsFile())).toMatchObject({
      version: 2,
      routine: { ownSteps: [{ id: 'my-wall-angel' }] },
    });
    expect(shell.windows.events.at(-1)?.event).toBe('settingsChanged');
    const editor = await ok<RoutineEditorModel>('getRoutineEditor');
    expect(editor.steps.find((s) => s.id === 'my-wall-angel')).toMatchObject({
      own: WALL_ANGEL,
      enabled: true,
      minSec: 20,
      maxSec: 90,
      illustrationId: null,
    });
    expect(editor.steps.find((s) => s.id === 'chin-tuck')?.illustrationId).toBe('chin-tuck');
    expect(editor.steps.filter((s) => s.own !== null)).toHaveLength(1);
    expect(await planIds()).toContain('my-wall-angel');
  });

  it('main refuses an invalid exercise at the boundary, naming the field, and saves nothing', async () => {
    const before = await settingsFile();
    const result = await call('saveOwnStep', { id: null, exercise: { ...WALL_ANGEL, durationSec: 150 } });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-payload',
        issues: [{ path: 'exercise.durationSec', message: M.duration(false) }],
      },
    });
    const twice = await ok<SettingsState>('saveOwnStep', { id: null, exercise: WALL_ANGEL });
    expect(twice.settings.routine.ownSteps).toHaveLength(1);
    const clash = await call('saveOwnStep', { id: null, exercise: { ...DOORWAY_LEAN, title: 'wall angel' } });
    expect(clash).toMatchObject({
      ok: false,
      error: {
        code: 'rejected',
        issues: [{ path: 'exercise.title', message: M.duplicateTitle('Wall angel') }],
      },
    });
    expect(before).not.toBe(await settingsFile());
  });

  it('export, delete, then import the pack back: preview first, and the same pack twice adds nothing', async () => {
    await ok('saveOwnStep', { id: null, exercise: WALL_ANGEL });
    await ok('saveOwnStep', { id: null, exercise: DOORWAY_LEAN });
    expect(await ok('exportData', 'exercise-pack')).toEqual({
      savedTo: '/exports/unknot-exercises-2026-11-24.json',
    });
    const exported = shell.desktop.saved.at(-1);
    expect(exported?.name).toBe('unknot-exercises-2026-11-24.json');

    await ok('deleteOwnStep', 'my-wall-angel');
    expect(await planIds()).not.toContain('my-wall-angel');

    shell.desktop.nextOpen = { path: '/home/me/packs/unknot-exercises.json', text: exported?.text ?? '' };
    const preview = await ok<PackPreview>('openExercisePack');
    expect(preview).toMatchObject({
      kind: 'ready',
      fileName: 'unknot-exercises.json',
      add: ['Wall angel'],
      alreadyYours: ['Doorway lean'],
    });
    // Opening shows what would change; it changes nothing.
    expect(
      (await ok<RoutineEditorModel>('getRoutineEditor')).steps.some((s) => s.id === 'my-wall-angel'),
    ).toBe(false);

    const exercises = preview.kind === 'ready' ? preview.exercises : [];
    const imported = await ok<ImportOutcome>('importExercises', exercises);
    expect(imported).toMatchObject({ added: ['Wall angel'], alreadyYours: ['Doorway lean'] });
    expect(imported.state.settings.routine.ownSteps.map((s) => s.id)).toEqual([
      'my-doorway-lean',
      'my-wall-angel',
    ]);
    expect(await planIds()).toContain('my-wall-angel');

    const again = await ok<ImportOutcome>('importExercises', exercises);
    expect(again).toMatchObject({ added: [], alreadyYours: ['Wall angel', 'Doorway lean'] });
    expect(again.state.settings.routine.ownSteps).toHaveLength(2);
  });

  it('an exercise of your own shows the picture chosen for it in the step editor and the plan', async () => {
    await ok('saveOwnStep', { id: null, exercise: DOORWAY_LEAN });
    const editor = await ok<RoutineEditorModel>('getRoutineEditor');
    expect(editor.steps.find((s) => s.id === 'my-doorway-lean')?.illustrationId).toBe('doorway-opener');
    expect(editor.poses.map((p) => p.id)).toContain('doorway-opener');
    const plan = (await ok<RoutineSetup>('getRoutinePlan')).plan;
    expect(plan.steps.find((s) => s.id === 'my-doorway-lean')).toMatchObject({ poseId: 'doorway-opener' });
  });

  it('a hostile or broken pack is refused with a message and changes nothing', async () => {
    await ok('saveOwnStep', { id: null, exercise: WALL_ANGEL });
    const before = await settingsFile();
    const hostile = [
      [
        JSON.stringify({ format: 'unknot-exercise-pack', version: 1, exercises: [DOORWAY_LEAN] }).replace(
          '{"title"',
          '{"__proto__":{"x":1},"title"',
        ),
        M.unknownKey('__proto__'),
      ],
      [
        JSON.stringify({
          format: 'unknot-exercise-pack',
          version: 1,
          exercises: [{ ...DOORWAY_LEAN, title: 'x'.repeat(10_000) }],
        }),
        M.title,
      ],
      [
        JSON.stringify({
          format: 'unknot-exercise-pack',
          version: 1,
          exercises: [DOORWAY_LEAN],
          extra: true,
        }),
        '"extra" is not part',
      ],
      [
        JSON.stringify({
          format: 'unknot-exercise-pack',
          version: 1,
          exercises: [{ ...DOORWAY_LEAN, poseId: 'wall-stretch' }],
        }),
        M.poseId,
      ],
      ['x'.repeat(70_000), PACK_MESSAGES.tooLarge],
      ['not json', PACK_MESSAGES.notJson],
    ] as const;
    for (const [text, message] of hostile) {
      shell.desktop.nextOpen = { path: '/tmp/pack.json', text };
      const preview = await ok<PackPreview>('openExercisePack');
      expect(preview.kind).toBe('refused');
      expect(preview.kind === 'refused' && preview.message).toContain(message);
    }
    // Straight over IPC, skipping the preview, main checks again.
    const direct = await call('importExercises', [{ ...DOORWAY_LEAN, source: 'article' }]);
    expect(direct).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await settingsFile()).toBe(before);
    shell.desktop.nextOpen = null;
    expect(await ok('openExercisePack')).toEqual({ kind: 'cancelled' });
  });

  it("names the open dialog's file type in the language setting", async () => {
    shell.desktop.nextOpen = null;
    await ok('openExercisePack');
    await ok('saveSettings', { general: { language: 'es' } });
    await ok('openExercisePack');
    expect(shell.desktop.openedKinds).toEqual(['Exercise packs', 'Paquetes de ejercicios']);
  });

  it('resetting the settings keeps your exercises, out of the routine', async () => {
    await ok('saveOwnStep', { id: null, exercise: WALL_ANGEL });
    const reset = await ok<SettingsState>('resetSettings');
    expect(reset.settings.routine.ownSteps).toEqual([{ id: 'my-wall-angel', exercise: WALL_ANGEL }]);
    expect(reset.settings.routine.steps).toEqual([]);
    expect(await planIds()).not.toContain('my-wall-angel');
  });

  it('with no exercises of your own, exporting a pack says so and writes nothing', async () => {
    const result = await call('exportData', 'exercise-pack');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'rejected', message: PACK_MESSAGES.nothingToExport },
    });
    expect(shell.desktop.saved).toEqual([]);
  });
});
