// Child process for the crash-safety test (tests/unit/services/json-store-crash.test.ts).
// Saves the given settings versions over and over with the real json-store, until the parent
// kills it with SIGKILL. Plain .mjs because Node 20 can't run TypeScript: the parent passes the
// path of json-store.ts compiled to JavaScript (with the project modules it imports beside it).
// argv: <compiled json-store module> <dir> <versions.json> <first version index>
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

const [storeModule, dir, versionsFile, firstIndex] = process.argv.slice(2);
const { createJsonFileStore } = await import(pathToFileURL(storeModule).href);
const versions = JSON.parse(await readFile(versionsFile, 'utf8'));
const store = createJsonFileStore({ dir, name: 'settings' });

process.stdout.write('ready\n');
for (let i = Number(firstIndex); ; i++) {
  await store.save(versions[i % versions.length]);
}
