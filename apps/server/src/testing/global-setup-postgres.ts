import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPlatform } from '../platform.ts';
import { databaseUrlFor, testServerUrl } from './test-engine.ts';

const templateDatabase = 'sco_test_template';

/** Builds one migrated and seeded template database per run; each test file gets CREATE DATABASE … TEMPLATE. */
export default async function setup(project: TestProject) {
  const serverUrl = testServerUrl();
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${templateDatabase} with (force)`);
    await admin.query(`create database ${templateDatabase}`);
  } finally {
    await admin.end();
  }
  const connection = await openPlatform({
    config: { databaseUrl: databaseUrlFor(serverUrl, templateDatabase), dataDir: '' },
    seed: true,
  });
  await connection.close();
  project.provide('postgresServerUrl', serverUrl);
  project.provide('postgresTemplateDatabase', templateDatabase);
  return async () => {
    const cleanup = new pg.Client({ connectionString: serverUrl });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${templateDatabase} with (force)`);
    await cleanup.end();
  };
}
