import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPlatform } from '../platform.ts';

/**
 * Builds one migrated and seeded PGlite folder per run; each test file starts from a copy of it, which is far
 * faster than initialising, migrating and seeding again.
 */
export default async function setup(project: TestProject) {
  const templateDir = mkdtempSync(join(tmpdir(), 'sco-test-template-'));
  const connection = await openPlatform({ config: { databaseUrl: undefined, dataDir: templateDir }, seed: true });
  await connection.close();
  project.provide('pgliteTemplateDir', templateDir);
  return () => rmSync(templateDir, { recursive: true, force: true });
}
