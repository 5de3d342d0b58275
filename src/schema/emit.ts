/** `npm run schema`: writes the SDL the code defines to schema/schema.graphql (committed). */

import fs from 'node:fs';
import path from 'node:path';
import { printSchemaWithHeader } from './print';
import { buildAutographSchema } from './build';
import { projectRoot } from '../neo4j/embedded/launcher';

const target = path.join(projectRoot(), 'schema', 'schema.graphql');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, printSchemaWithHeader(buildAutographSchema()));
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
