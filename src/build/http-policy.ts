import policyFile from './http-policy.json' with { type: 'json' }

/** One rule of the policy: the files it covers and the headers they get. */
export interface PolicyRule {
  /** A name for the kind of file (hashed, pages ...). */
  name: string
  /** Paths relative to the base path; `*` matches any run of characters, `x/*` everything under x. */
  paths: string[]
  /** Headers sent with these files, beside those sent everywhere. */
  headers: Record<string, string>
}

/** The site's HTTP policy for one build (src/build/http-policy.json with its placeholders filled). */
export interface HttpPolicy {
  /** The path the site is served under, with slashes at both ends (`/` or `/teaching/toh/`). */
  base: string
  /** Headers on every response, the not-found page included. */
  everywhere: Record<string, string>
  /** The first rule whose paths match a file decides its headers. */
  rules: PolicyRule[]
  /** Content type of each file extension the site has. */
  types: Record<string, string>
  /** The page answered, with status 404, for anything that is not a file of the site. */
  notFound: string
  /** Files of the build that are not part of the site (configuration): answered as not found. */
  hidden: string[]
}

/** The policies filled in for a build: the pages' Content-Security-Policy and the single-file edition's. */
export interface PolicyValues {
  base: string
  pageCsp: string
  offlineCsp: string
}

/** The policy of src/build/http-policy.json for a build with these values. */
export function resolvePolicy({ base, pageCsp, offlineCsp }: PolicyValues): HttpPolicy {
  const fill = (headers: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [
        name,
        value.replace('{page-csp}', pageCsp).replace('{offline-csp}', offlineCsp),
      ]),
    )
  return {
    base,
    everywhere: policyFile.everywhere,
    rules: policyFile.rules.map((rule) => ({ ...rule, headers: fill(rule.headers as Record<string, string>) })),
    types: policyFile.types,
    notFound: policyFile.notFound,
    hidden: policyFile.hidden,
  }
}

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&')

/** Whether a path of the policy (`assets/*`, `workbox-*.js`, `sw.js`) matches a file's path from the base. */
export function matchesPath(pattern: string, path: string): boolean {
  return new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`).test(path)
}

/** The rule that decides a file's headers (its path from the base, `case/labs/index.html`). */
export function ruleFor(policy: HttpPolicy, path: string): PolicyRule | undefined {
  return policy.rules.find((rule) => rule.paths.some((pattern) => matchesPath(pattern, path)))
}

/** Whether a file of the build is configuration, to be answered as not found. */
export function isHidden(policy: HttpPolicy, path: string): boolean {
  return policy.hidden.some((pattern) => matchesPath(pattern, path))
}

/** Every header a file gets, its content type included (`text/html; charset=utf-8` for text). */
export function headersFor(policy: HttpPolicy, path: string): Record<string, string> {
  const type = policy.types[path.split('.').pop() ?? '']
  const textual = type && !type.startsWith('image/png')
  return {
    ...(type ? { 'Content-Type': textual ? `${type}; charset=utf-8` : type } : {}),
    ...policy.everywhere,
    ...ruleFor(policy, path)?.headers,
  }
}
