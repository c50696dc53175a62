import type pg from 'pg';
import { createRandom } from '../support/prng.ts';
import { generateProfile, generateProject } from './generate-listings.ts';

/** Fixed PRNG seed: every run generates the same listings. */
export const listingsSeed = 0x1_5c0_2026;

const batchSize = 5000;
const ownerCount = 2000;

const sqlProjects = `
insert into investment_projects (owner_user_id, title, summary, sponsor_name, country_code, region_code,
  isic_division, isic_section, stage, capital_cost, currency, capital_cost_usd, financing_instruments,
  financing_amount, financing_amount_usd, sdgs, contact, languages, keywords, keyword_tokens, initiative_ids,
  document_ids, status, published_at, expires_at, last_activity_at, is_demo)
select owner_user_id, title, summary, sponsor_name, country_code, region_code, isic_division, isic_section, stage,
  capital_cost, currency, capital_cost_usd, financing_instruments, financing_amount, financing_amount_usd, sdgs,
  contact, languages, keywords, keyword_tokens, '{}', '{}', status,
  case when status <> 'submitted' then last_activity_at end, expires_at, last_activity_at, true
from jsonb_to_recordset($1::jsonb) as r(owner_user_id uuid, title jsonb, summary jsonb, sponsor_name text,
  country_code text, region_code text, isic_division text, isic_section text, stage text, capital_cost numeric,
  currency text, capital_cost_usd numeric, financing_instruments text[], financing_amount numeric,
  financing_amount_usd numeric, sdgs integer[], contact jsonb, languages text[], keywords text[],
  keyword_tokens text[], status text, expires_at timestamptz, last_activity_at timestamptz)`;

const sqlProfiles = `
insert into investment_profiles (owner_user_id, kind, partnering_type, investor_type, organisation_name, title,
  description, country_code, ticket_min_usd, ticket_max_usd, sectors, target_countries, target_regions, stages,
  instruments, partnership_types, languages, keywords, keyword_tokens, contact, initiative_ids, document_ids,
  status, expires_at, last_activity_at, is_demo)
select owner_user_id, kind, partnering_type, investor_type, organisation_name, title, description, country_code,
  ticket_min_usd, ticket_max_usd, sectors, target_countries, target_regions, stages, instruments,
  partnership_types, languages, keywords, keyword_tokens, contact, '{}', '{}', status, expires_at,
  last_activity_at, true
from jsonb_to_recordset($1::jsonb) as r(owner_user_id uuid, kind text, partnering_type text, investor_type text,
  organisation_name text, title jsonb, description jsonb, country_code text, ticket_min_usd numeric,
  ticket_max_usd numeric, sectors text[], target_countries text[], target_regions text[], stages text[],
  instruments text[], partnership_types text[], languages text[], keywords text[], keyword_tokens text[],
  contact jsonb, status text, expires_at timestamptz, last_activity_at timestamptz)`;

/**
 * Adds bench-only owners (accounts that cannot sign in), then the generated projects and profiles in batches of
 * 5,000 rows (one JSON parameter each), then VACUUM (ANALYZE) so the planner knows the new sizes.
 */
export async function populateListings(options: {
  client: pg.Client;
  projectCount: number;
  profileCount: number;
}): Promise<{ owners: number; projects: number; profiles: number }> {
  const { client, projectCount, profileCount } = options;
  const random = createRandom(listingsSeed);
  const now = Date.now();
  const owners = await client.query<{ id: string }>(
    `insert into users (email, display_name, password_hash, role)
     select 'bench-owner-' || n || '@example.org', 'Bench owner ' || n, '!bench-no-login', 'business'
     from generate_series(1, $1::int) as n returning id`,
    [ownerCount],
  );
  const ownerIds = owners.rows.map((row) => row.id);
  for (let start = 0; start < projectCount; start += batchSize) {
    const rows = Array.from({ length: Math.min(batchSize, projectCount - start) }, (_, offset) =>
      generateProject(random, { ownerIds, index: start + offset, now }),
    );
    await client.query(sqlProjects, [JSON.stringify(rows)]);
  }
  for (let start = 0; start < profileCount; start += batchSize) {
    const rows = Array.from({ length: Math.min(batchSize, profileCount - start) }, (_, offset) =>
      generateProfile(random, { ownerIds, index: start + offset, now }),
    );
    await client.query(sqlProfiles, [JSON.stringify(rows)]);
  }
  await client.query('vacuum (analyze) investment_projects, investment_profiles');
  return { owners: ownerIds.length, projects: projectCount, profiles: profileCount };
}
