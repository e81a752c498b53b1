// What browser tests import: the harness (./harness.mjs), plus an after() hook that closes
// the shared browser and static server once this test file's tests are done.
//
//   import { openApp, shot } from './lib.mjs';
//   test('…', async () => { const app = await openApp('served'); … await app.assertClean(); await app.close(); });

import { after } from 'node:test';
import { closeAll } from './harness.mjs';

export * from './harness.mjs';

after(closeAll);
