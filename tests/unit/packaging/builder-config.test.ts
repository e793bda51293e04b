import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { desktopActionKey, LAUNCH_ACTIONS } from '../../../main/core/launch-actions';

// electron-builder cannot download its tools here, so instead of packaging we check the config
// against the builder's own JSON schema, plus the lock-down settings we depend on.
const root = resolve(import.meta.dirname, '../../..');
const config = parse(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const schema = createRequire(import.meta.url)('app-builder-lib/scheme.json') as object;
/** electron-builder names the Linux executable after the package (and links it into /usr/bin). */
const packageName = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { name: string })
  .name;

describe('electron-builder.yml', () => {
  it('validates against app-builder-lib/scheme.json', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects a config with an unknown key (the check can fail)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    expect(ajv.compile(schema)({ ...config, notAnOption: true })).toBe(false);
  });

  it('gives the Linux launcher the same actions, arguments and names as the app', () => {
    const desktop = (
      config['linux'] as { desktop: { entry: Record<string, string>; desktopActions: unknown } }
    ).desktop;
    const keys = LAUNCH_ACTIONS.map((action) => desktopActionKey(action));
    expect(desktop.entry['Actions']).toBe(keys.map((key) => `${key};`).join(''));
    expect(desktop.desktopActions).toEqual(
      Object.fromEntries(
        LAUNCH_ACTIONS.map((action) => [
          desktopActionKey(action),
          { Name: action.label, Exec: `${packageName} ${action.arg}` },
        ]),
      ),
    );
  });

  it('turns every risky Electron fuse off and asar integrity on', () => {
    expect(config['electronFuses']).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('packs only the built app into the asar (no sources or tests)', () => {
    const files = config['files'] as string[];
    expect(files).toContain('out/**/*');
    expect(files.some((f) => /^(main|renderer|tests)\//.test(f))).toBe(false);
    expect(config['asar']).toBe(true);
  });

  it('publishes to GitHub releases in a shape electron-updater can read (GithubOptions)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    ajv.addSchema(schema, 'builder');
    const validateGithub = ajv.getSchema('builder#/definitions/GithubOptions');
    expect(validateGithub).toBeDefined();
    const publish = config['publish'];
    expect(validateGithub?.(publish), JSON.stringify(validateGithub?.errors)).toBe(true);
    expect(validateGithub?.({ provider: 'github', releaseType: 'public' })).toBe(false);
    // Drafts are invisible to electron-updater until a person publishes them.
    expect(publish).toMatchObject({ provider: 'github', releaseType: 'draft' });
  });

  it('builds every target electron-updater updates from: AppImage, nsis, and zip beside the dmg', () => {
    const targets = (platform: string): string[] =>
      ((config[platform] as { target: Array<string | { target: string }> }).target ?? []).map((t) =>
        typeof t === 'string' ? t : t.target,
      );
    expect(targets('linux')).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(targets('mac')).toEqual(expect.arrayContaining(['dmg', 'zip']));
    expect(targets('win')).toEqual(['nsis']);
    // GitHub renames uploads with spaces, which would break the link in latest.yml.
    expect((config['nsis'] as { artifactName: string }).artifactName).not.toContain(' ');
  });

  it('uses the app metadata the installers show', () => {
    expect(config).toMatchObject({ appId: 'app.unknot.desktop', productName: 'Unknot' });
  });
});
