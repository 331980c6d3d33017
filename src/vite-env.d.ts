interface ImportMetaEnv {
  /** The published site's address, set at build time from the SITE_URL environment variable ("" when unset). */
  readonly SITE_URL: string
}
