// The sites of official publishers: a source typed `official` must be on one of these hosts (or a
// sub-domain), or name the official publication it reproduces (`publication:`). A mirror, a blog, a
// thesis site or a document-sharing site is `secondary`, whatever text it carries. Add a host here only
// when it is the publisher's own site.

export const OFFICIAL_HOSTS: readonly string[] = [
  // Journal officiel and institutions of the DRC.
  'journalofficiel.cd',
  'presidence.cd',
  'primature.gouv.cd',
  'saemape.cd',
  'ceec.cd',
  // United Nations system and depositaries.
  'un.org',
  'ohchr.org',
  'unodc.org',
  'unicef.org',
  'unhcr.org',
  'who.int',
  'iom.int',
  'ungift.org',
  'ilo.org',
  'ilo.ch',
  'ilo.int',
  // Regional and other intergovernmental publishers.
  'au.int',
  'achpr.org',
  'icglr.org',
  'icglr-rinr.org',
  'oecd.org',
  'europa.eu',
];

const hostOf = (url: string): string | undefined => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
};

/** True when the URL is on an official publisher's own site (the host itself or one of its sub-domains). */
export const isOfficialUrl = (url: string): boolean => {
  const host = hostOf(url);
  return host !== undefined && OFFICIAL_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
};
