/**
 * A failure explained in Vietnamese: title and what to do, never a blank pane or a stack trace. In an alert
 * region, so a screen reader says it as soon as it appears.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { describeError } from '../errors';

export function ErrorMessage({ error }: { error: unknown }) {
  const shown = describeError(error);
  return (
    <div role="alert">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{shown.title}</MessageBarTitle>
          {shown.body}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
