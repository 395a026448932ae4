/** Last line of defence: a rendering fault shows a message and a way back, never a blank pane. */
import { Component, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { describeError } from '../errors';

interface Props {
  children: ReactNode;
  onReset(): void;
}

export class ErrorBoundary extends Component<Props, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    const shown = describeError(this.state.error);
    const reset = () => {
      this.setState({ error: null });
      this.props.onReset();
    };
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{shown.title}</MessageBarTitle>
          {shown.body}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={reset}>Bắt đầu lại</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
