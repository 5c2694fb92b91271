/**
 * Genesys Cloud regions: AWS region name → domain (docs/upstream-api.md#regions-and-hosts). The API host is
 * `api.<domain>` and the OAuth login host is `login.<domain>`.
 */
const regionDomains = {
  'us-east-1': 'mypurecloud.com',
  'us-east-2': 'use2.us-gov-pure.cloud',
  'us-west-2': 'usw2.pure.cloud',
  'ca-central-1': 'cac1.pure.cloud',
  'sa-east-1': 'sae1.pure.cloud',
  'mx-central-1': 'mxc1.pure.cloud',
  'eu-west-1': 'mypurecloud.ie',
  'eu-west-2': 'euw2.pure.cloud',
  'eu-central-1': 'mypurecloud.de',
  'eu-central-2': 'euc2.pure.cloud',
  'eusc-de-east-1': 'edee1.eusc-pure.cloud',
  'me-central-1': 'mec1.pure.cloud',
  'ap-south-1': 'aps1.pure.cloud',
  'ap-southeast-1': 'apse1.pure.cloud',
  'ap-southeast-2': 'mypurecloud.com.au',
  'ap-northeast-1': 'mypurecloud.jp',
  'ap-northeast-2': 'apne2.pure.cloud',
  'ap-northeast-3': 'apne3.pure.cloud',
} as const;

export interface RegionHosts {
  apiUrl: string;
  loginUrl: string;
}

/**
 * Accepts an AWS region name (`eu-west-1`) or a region domain (`mypurecloud.ie`, also with an `api.`
 * prefix). Returns undefined for anything that is not a known region, so config can say so clearly.
 */
export function resolveRegion(region: string): RegionHosts | undefined {
  const value = region.trim().toLowerCase();
  const byName = (regionDomains as Record<string, string>)[value];
  const domain = byName ?? Object.values(regionDomains).find((d) => d === value.replace(/^api\./, ''));
  if (!domain) return undefined;
  return { apiUrl: `https://api.${domain}`, loginUrl: `https://login.${domain}` };
}

/** The login host that belongs to an API base URL (the SDKs replace the leading `api.` with `login.`). */
export function loginUrlFor(apiUrl: string): string {
  const url = new URL(apiUrl);
  if (url.hostname.startsWith('api.')) url.hostname = `login.${url.hostname.slice(4)}`;
  return url.origin;
}
