/**
 * Wraps each screen: an error while rendering shows the calm error page instead of a blank window,
 * and goes to the app log through `log:error`. Check again asks main for a fresh read and renders
 * the screen anew.
 */
import { Component, type ReactNode } from 'react'
import { logRendererError } from '../reportErrors'
import { useStatusStore } from '../stores/status'
import { ErrorFallback } from './ErrorFallback'

interface Props {
  /** Which screen this boundary wraps, for the log line. */
  screen: string
  children: ReactNode
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  override componentDidCatch(error: unknown) {
    logRendererError('boundary', error, { screen: this.props.screen.slice(0, 40) })
  }

  retry = () => {
    void useStatusStore.getState().recheckRequested()
    this.setState({ failed: false })
  }

  override render() {
    return this.state.failed ? <ErrorFallback onRetry={this.retry} /> : this.props.children
  }
}
