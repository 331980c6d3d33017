import { useSyncExternalStore, type ReactNode } from 'react'
import { Link } from 'react-router-dom'
import { useReport } from '../components/edition'
import { isLoading, subscribeLoading } from '../lib/loading'
import { offlineEditionHref, paths } from '../lib/paths'
import { ContentsMenu } from './contents-menu'
import { ContentsList } from './contents-nav'
import { HeaderTools } from './header-tools'
import { SkipLink } from './skip-link'
import { ThemeSelect } from './theme-select'
import { UpdateBanner } from './update-banner'

/** The page's title and description, as the document head carries them. */
function Head({ title, description, bare = false }: { title: string; description: string; bare?: boolean }) {
  const { meta } = useReport()
  // A bare page (a slide) is named on its own: the article's title may give away a step's answer.
  const fullTitle = bare ? title : `${title} · ${meta.title}`
  const fullDescription = `${description}. ${meta.articleType}: ${meta.journalCitation}`
  return (
    <>
      <title>{fullTitle}</title>
      <meta name="description" content={fullDescription} />
      <meta property="og:title" content={fullTitle} />
      <meta property="og:description" content={fullDescription} />
    </>
  )
}

/** A page on its own, filling the screen (slide mode): one main landmark and nothing else around it. */
export function BareLayout({
  title,
  description,
  children,
}: {
  title: string
  description: string
  children: ReactNode
}) {
  return (
    <>
      <Head title={title} description={description} bare />
      <main id="main" className="bare" tabIndex={-1}>
        {children}
      </main>
    </>
  )
}

/** The page shell: skip link, header with contents, one main landmark, footer with licence. */
export function Layout({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  const { meta } = useReport()
  // While the next page's text or code is on its way, the current page stays and says so.
  const loading = useSyncExternalStore(subscribeLoading, isLoading, () => false)
  return (
    <>
      <Head title={title} description={description} />
      <SkipLink />
      <UpdateBanner />
      <div className={loading ? 'page-loading' : 'page-loading idle'} role="status">
        <span className="visually-hidden">{loading ? 'Loading the page…' : ''}</span>
      </div>
      <header className="site-header">
        <Link to={paths.home} className="site-title">
          {meta.title}
        </Link>
        <HeaderTools />
        <ContentsMenu>
          <nav aria-label="Contents">
            <ContentsList />
          </nav>
          <ThemeSelect />
        </ContentsMenu>
      </header>
      <div className="shell">
        <div className="sidebar">
          <nav aria-label="Contents">
            <ContentsList />
          </nav>
          <ThemeSelect />
        </div>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="site-footer">
        <p className="offline-download">
          <a href={offlineEditionHref()} download={`${meta.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.html`}>
            Download for offline reading
          </a>{' '}
          (the whole app in one HTML file that opens without a network)
        </p>
        <p>
          {meta.journalCitation} Published under <a href={meta.licence.url}>{meta.licence.name}</a>. This web edition
          repairs the reading order of the PDF text and adds navigation and summaries: see{' '}
          <Link to={paths.about}>About this edition</Link>.
        </p>
      </footer>
    </>
  )
}
