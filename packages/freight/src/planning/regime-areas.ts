/**
 * Which legal regime of carriage applies where. A rail journey entirely among SMGS (OSJD) parties travels under
 * SMGS, one entirely among COTIF/CIM parties under CIM, and one that crosses from one area to the other under the
 * common CIM/SMGS consignment note. Road carriage across borders is under the CMR Convention (electronically, eCMR,
 * where the e-CMR Protocol is in force) and customs transit under a TIR carnet (eTIR).
 * Lists hold only the countries of the freight network (ISO 3166-1 alpha-2); packages/freight/seed/FACTORS.md quotes
 * the documents they come from.
 */
export interface CountryList {
  countries: readonly string[];
  source: string;
  asOf: string;
}

export const smgsParties: CountryList = {
  countries: ['AF', 'AZ', 'BY', 'CN', 'GE', 'IR', 'KG', 'KZ', 'MN', 'PL', 'RU', 'TJ', 'TM', 'UZ'],
  source:
    'OSJD, Agreement on International Railway Freight Communications (SMGS), text in force from 1 November 1951 as amended to 1 July 2016, preamble listing the parties (Russian text: https://bazanpa.ru/mezhdunarodnye-organizatsii-soglashenie-ot01111951-h1909289/)',
  asOf: '2016-07-01',
};

/**
 * OTIF member states of the network: COTIF applies to them. Russia is a member but is kept out of `cimParties`:
 * the scope of its CIM application could not be confirmed, and it is an SMGS party.
 */
export const otifMemberStates: CountryList = {
  countries: ['AF', 'AZ', 'DE', 'GE', 'IR', 'PK', 'PL', 'RO', 'RU', 'TR'],
  source:
    'OTIF member states "as of 2019" (https://en.wikipedia.org/wiki/Intergovernmental_Organisation_for_International_Carriage_by_Rail); Russian Federation accession: OTIF Bulletin of International Carriage by Rail 4/2009 (https://docslib.org/doc/4101696/bulletin-of-international-carriage-by-rail)',
  asOf: '2019',
};

export const cimParties: CountryList = {
  countries: ['AF', 'AZ', 'DE', 'GE', 'IR', 'PK', 'PL', 'RO', 'TR'],
  source:
    'OTIF member states "as of 2019" (https://en.wikipedia.org/wiki/Intergovernmental_Organisation_for_International_Carriage_by_Rail), without the Russian Federation (see otifMemberStates)',
  asOf: '2019',
};

export const cmrParties: CountryList = {
  countries: ['AF', 'AZ', 'BY', 'DE', 'GE', 'IR', 'KG', 'KZ', 'MN', 'PK', 'PL', 'RO', 'RU', 'TJ', 'TM', 'TR', 'UZ'],
  source:
    'UN Treaty Collection, chapter XI-B-11, Convention on the Contract for the International Carriage of Goods by Road (CMR), status: 58 parties (https://treaties.un.org/doc/Publication/MTDSG/Volume%20I/Chapter%20XI/XI-B-11.en.xml); China and India are not parties',
  asOf: '2023-03-22',
};

export const ecmrParties: CountryList = {
  countries: ['AZ', 'BY', 'DE', 'IR', 'KG', 'PL', 'RO', 'RU', 'TJ', 'TM', 'TR', 'UZ'],
  source:
    'UN Treaty Collection, chapter XI-B-11-b, Additional Protocol to the CMR concerning the Electronic Consignment Note (e-CMR), status: 35 parties (https://treaties.un.org/doc/Publication/MTDSG/Volume%20I/Chapter%20XI/XI-B-11-b.fr.xml)',
  asOf: '2024-06-28',
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
  source:
    'UN Treaty Collection, chapter XI-A-16, TIR Convention 1975, status as at 4 May 2024: 78 parties (http://treaties.un.org/Pages/ShowMTDSGDetails.aspx?src=UNTSONLINE&tabid=3&mtdsg_no=XI-A-16&chapter=11&lang=en); parties and dates: https://verdragen.nl/en/Treaty/Details/002114_p.html, https://www.toll.no/en/corporate/transport-and-customs-warehouse/tir---transports-internationaux-routiers/contracting-parties-to-the-tir-convention/',
  asOf: '2024-05-04',
};
