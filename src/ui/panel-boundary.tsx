import { Component, type ErrorInfo, type ReactNode } from 'react'

interface Props {
  /** What the panel is, for the message: "the timeline". */
  readonly name: string
  readonly children: ReactNode
}

interface State {
  readonly error: Error | null
}

/**
 * Keeps a failure inside one panel: the panel shows what went wrong and a way to try again, and
 * the rest of the explorer keeps working.
 */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`The ${this.props.name} panel failed`, error, info.componentStack)
  }

  override render() {
    if (!this.state.error) return this.props.children
    return (
      <div className="panel panel-failed" role="alert">
        <p>
          Something went wrong in {this.props.name} ({this.state.error.message}). The rest of the
          explorer still works, and your changes are kept.
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    )
  }
}
