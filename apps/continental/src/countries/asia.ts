/**
 * Countries of Asia (UN M49 region 142), ISO 3166-1 alpha-2. Pickers list
 * them first: the first continental network works there.
 */
export const ASIA_COUNTRY_CODES: ReadonlySet<string> = new Set([
  // Central Asia
  'KZ', 'KG', 'TJ', 'TM', 'UZ',
  // Eastern Asia
  'CN', 'HK', 'MO', 'KP', 'JP', 'MN', 'KR', 'TW',
  // South-eastern Asia
  'BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN',
  // Southern Asia
  'AF', 'BD', 'BT', 'IN', 'IR', 'MV', 'NP', 'PK', 'LK',
  // Western Asia
  'AM', 'AZ', 'BH', 'CY', 'GE', 'IQ', 'IL', 'JO', 'KW', 'LB', 'OM', 'QA', 'SA', 'PS', 'SY', 'TR', 'AE', 'YE',
]);
