import { systemActor } from '../../../core/src/auth/actor.ts';
import type { PlatformJob } from '../../../core/src/module/platform-module.ts';
import { expireProfiles } from './profile-commands.ts';

/** Hourly: profiles past their expiry date leave the listings (reads already hide them; this records it). */
export const expireProfilesJob: PlatformJob = {
  name: 'investment.expire-profiles',
  everyMs: 60 * 60 * 1000,
  async run({ db }) {
    await expireProfiles({ db, actor: systemActor('expire-profiles'), now: new Date() });
  },
};
