import { Component, type ReactNode } from 'react'
import { Layout } from './layout'

interface Props {
  /** The address shown; a new address clears the error. */
  pathname: string
  children: ReactNode
}

interface State {
  failedAt: string | null
}

/**
 * When a page's text or code cannot be fetched (offline before the app was stored, a failed
 * network), say so and offer to try again, instead of leaving a blank screen.
 */
export class LoadError extends Component<Props, State> {
  state: State = { failedAt: null }

  static getDerivedStateFromError(): Partial<State> {
    return { failedAt: '' }
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (state.failedAt === '') return { failedAt: props.pathname }
    if (state.failedAt !== null && state.failedAt !== props.pathname) return { failedAt: null }
    return null
  }

  render() {
    if (this.state.failedAt === null) return this.props.children
    return (
      <Layout title="Page could not be loaded" description="This page could not be loaded">
        <h1 id="load-error">This page could not be loaded</h1>
        <p>Its text did not arrive, perhaps because the connection dropped.</p>
        <p>
          <button type="button" className="retry" onClick={() => window.location.reload()}>
            Try again
          </button>
        </p>
        <p>While you have a connection, the offline edition at the foot of the page keeps the whole article.</p>
      </Layout>
    )
  }
}
