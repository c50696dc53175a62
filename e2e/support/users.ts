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
  {
    email: 'forwarder@e2e.test',
    password: 'forwarder-password',
    role: 'forwarder',
    countryCode: null,
    name: 'Caravan Forwarding',
  },
  {
    email: 'shipper@e2e.test',
    password: 'shipper-password',
    role: 'shipper',
    countryCode: null,
    name: 'Jiangsu Machinery Exports',
  },
  {
    email: 'carrier.east@e2e.test',
    password: 'carrier-password-east',
    role: 'carrier',
    countryCode: null,
    name: 'Eastern Gate Rail',
  },
  {
    email: 'carrier.steppe@e2e.test',
    password: 'carrier-password-steppe',
    role: 'carrier',
    countryCode: null,
    name: 'Steppe Express Rail',
  },
  {
    email: 'carrier.west@e2e.test',
    password: 'carrier-password-west',
    role: 'carrier',
    countryCode: null,
    name: 'Rhine Link Freight',
  },
] as const;

export const focalPointKz = e2eUsers[0];
export const secretariatOfficer = e2eUsers[1];
export const projectSponsor = e2eUsers[2];
export const investor = e2eUsers[3];
export const forwarder = e2eUsers[4];
export const shipper = e2eUsers[5];
export const carrierEast = e2eUsers[6];
export const carrierSteppe = e2eUsers[7];
export const carrierWest = e2eUsers[8];
