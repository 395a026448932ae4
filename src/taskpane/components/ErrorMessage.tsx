/** A failure explained in Vietnamese: title and what to do, never a blank pane or a stack trace. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { describeError } from '../errors';

export function ErrorMessage({ error }: { error: unknown }) {
  const shown = describeError(error);
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{shown.title}</MessageBarTitle>
        {shown.body}
      </MessageBarBody>
    </MessageBar>
  );
}
