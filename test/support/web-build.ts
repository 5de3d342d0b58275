/** Makes sure the browser pages are built (dist/web); a no-op when they are up to date. */

import { execFileSync } from 'node:child_process';
import path from 'node:path';

export function ensureWebBuilt(): void {
  execFileSync(process.execPath, [path.resolve(__dirname, '../../scripts/build-web.mjs')], { stdio: 'inherit' });
}
