import type { ModuleContext } from '../../../core/src/module/platform-module.ts';
import { incentiveSeeds } from '../../seed/incentives.ts';
import { parkSeeds } from '../../seed/parks.ts';
import { incentives, parks } from '../tables.ts';

/**
 * Loads the sourced incentive and park records (packages/investment/seed, SOURCES.md). Records already present are
 * left alone, so that the Secretariat's later edits survive a restart.
 */
export async function seedIncentivesParks({ db }: ModuleContext): Promise<void> {
  await db
    .insert(parks)
    .values(
      parkSeeds.map((park) => ({
        id: park.id,
        name: park.name,
        kind: park.kind,
        countryCode: park.countryCode,
        regionCode: park.regionCode,
        latitude: park.latitude,
        longitude: park.longitude,
        description: park.description,
        specialisations: park.specialisations,
        establishedYear: park.establishedYear,
        areaHectares: park.areaHectares === null ? null : String(park.areaHectares),
        residentCount: park.residentCount,
        residents: park.residents,
        website: park.website,
        contact: null,
        sourceUrl: park.sourceUrl,
        sourceTitle: park.sourceTitle,
        retrievedOn: park.retrievedOn,
        isDemo: park.isDemo,
      })),
    )
    .onConflictDoNothing({ target: parks.id });
  await db
    .insert(incentives)
    .values(
      incentiveSeeds.map((incentive) => ({
        id: incentive.id,
        countryCode: incentive.countryCode,
        kind: incentive.kind,
        title: incentive.title,
        benefit: incentive.benefit,
        eligibility: incentive.eligibility,
        validFrom: incentive.validFrom,
        validTo: incentive.validTo,
        legalBasis: incentive.legalBasis,
        sourceUrl: incentive.sourceUrl,
        sourceTitle: incentive.sourceTitle,
        retrievedOn: incentive.retrievedOn,
        isDemo: incentive.isDemo,
      })),
    )
    .onConflictDoNothing({ target: incentives.id });
}
