/** Accounts created for the end-to-end journeys before the server starts. */
export const e2eUsers = [
  {
    email: 'focal.kz@e2e.test',
    password: 'focal-point-password-kz',
    role: 'focal_point',
    countryCode: 'KZ',
    name: 'Aigerim Focal',
  },
  {
    email: 'secretariat@e2e.test',
    password: 'secretariat-password',
    role: 'secretariat',
    countryCode: null,
    name: 'Secretariat Officer',
  },
  {
    email: 'sponsor@e2e.test',
    password: 'business-password-sponsor',
    role: 'business',
    countryCode: null,
    name: 'Steppe Solar Sponsor',
  },
  {
    email: 'investor@e2e.test',
    password: 'business-password-investor',
    role: 'business',
    countryCode: null,
    name: 'Silk Road Investor',
  },
] as const;

export const focalPointKz = e2eUsers[0];
export const secretariatOfficer = e2eUsers[1];
export const projectSponsor = e2eUsers[2];
export const investor = e2eUsers[3];
