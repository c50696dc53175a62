/**
 * Which legal regime of carriage applies where. A rail journey entirely among SMGS (OSJD) parties travels under
 * SMGS, one entirely among COTIF/CIM parties under CIM, and one that crosses from one area to the other under the
 * common CIM/SMGS consignment note. Road carriage across borders is under the CMR Convention (electronically, eCMR,
 * where the e-CMR Protocol is in force) and customs transit under a TIR carnet (eTIR).
 */
export interface CountryList {
  countries: readonly string[];
  source: string;
  asOf: string;
}

export const smgsParties: CountryList = {
  countries: ['AF', 'AZ', 'BY', 'CN', 'GE', 'IR', 'KG', 'KZ', 'MN', 'PL', 'RU', 'TJ', 'TM', 'UZ'],
  source: 'OSJD, Agreement on International Goods Transport by Rail (SMGS): parties',
  asOf: 'to be checked',
};

export const cimParties: CountryList = {
  countries: ['AZ', 'DE', 'GE', 'IR', 'PK', 'PL', 'RO', 'TR'],
  source: 'OTIF, member states of COTIF',
  asOf: 'to be checked',
};

export const cmrParties: CountryList = {
  countries: [
    'AF',
    'AZ',
    'BY',
    'CN',
    'DE',
    'GE',
    'IR',
    'KG',
    'KZ',
    'MN',
    'PK',
    'PL',
    'RO',
    'RU',
    'TJ',
    'TM',
    'TR',
    'UZ',
  ],
  source: 'UNECE, Convention on the Contract for the International Carriage of Goods by Road (CMR): parties',
  asOf: 'to be checked',
};

export const tirParties: CountryList = {
  countries: [
    'AF',
    'AZ',
    'BY',
    'CN',
    'DE',
    'GE',
    'IN',
    'IR',
    'KG',
    'KZ',
    'MN',
    'PK',
    'PL',
    'RO',
    'RU',
    'TJ',
    'TM',
    'TR',
    'UZ',
  ],
  source: 'UNECE, TIR Convention 1975: contracting parties',
  asOf: 'to be checked',
};
