import { Component, type ErrorInfo, type ReactNode } from 'react'
import { useT } from '@/i18n/react'
import { panelBoundaryWords } from './panel-boundary.en'

interface Props {
  /** What the panel is, for the message, in the language in use: "the timeline". */
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
      <PanelFailed
        name={this.props.name}
        message={this.state.error.message}
        retry={() => this.setState({ error: null })}
      />
    )
  }
}

/** What a failed panel shows, in the language in use. */
function PanelFailed({
  name,
  message,
  retry,
}: {
  readonly name: string
  readonly message: string
  readonly retry: () => void
}) {
  const t = useT(panelBoundaryWords)
  return (
    <div className="panel panel-failed" role="alert">
      <p>{t('failed', { name, message })}</p>
      <button type="button" onClick={retry}>
        {t('retry')}
      </button>
    </div>
  )
}
