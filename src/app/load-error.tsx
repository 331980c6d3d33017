import { Component, type ReactNode } from 'react'
import { LoadFailure } from '../lib/loading'

interface Props {
  /** The page's path; another path clears the error. */
  pathname: string
  /** Forget failed loads, so that rendering again fetches again. */
  onRetry: () => void
  children: ReactNode
}

interface State {
  error: unknown
  /** The path the error happened at. */
  at: string | null
}

/**
 * Inside a page, when its text or code cannot be fetched: says so and offers to try again, instead of
 * a blank page. A newer edition having replaced this one asks for a reload; any other error says the
 * page could not be shown. The page's layout, contents and previous/next links stay.
 */
export class LoadError extends Component<Props, State> {
  state: State = { error: null, at: null }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, at: null }
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (state.error === null) return null
    if (state.at === null) return { at: props.pathname }
    if (state.at !== props.pathname) {
      // Leaving the page that failed: the next visit tries again.
      props.onRetry()
      return { error: null, at: null }
    }
    return null
  }

  private retry = () => {
    this.props.onRetry()
    this.setState({ error: null, at: null })
  }

  render() {
    const { error } = this.state
    if (error === null) return this.props.children
    if (error instanceof LoadFailure && error.outdated)
      return (
        <>
          <h1 id="load-error">This edition has been updated</h1>
          <p>A newer edition has replaced the one this page was opened from. Reload to read the new one.</p>
          <p>
            <button type="button" className="retry" onClick={() => window.location.reload()}>
              Reload
            </button>
          </p>
        </>
      )
    if (error instanceof LoadFailure)
      return (
        <>
          <h1 id="load-error">This page could not be loaded</h1>
          <p>Its text did not arrive, perhaps because the connection dropped.</p>
          <p>
            <button type="button" className="retry" onClick={this.retry}>
              Try again
            </button>
          </p>
          <p>While you have a connection, the offline edition at the foot of the page keeps the whole article.</p>
        </>
      )
    return (
      <>
        <h1 id="load-error">This page could not be shown</h1>
        <p>Something in this edition went wrong on this page. The other pages may still work.</p>
      </>
    )
  }
}
