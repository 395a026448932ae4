/** Placeholder entry point so the add-in builds until the real task pane replaces this file. */
import { FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

Office.onReady(() => {
  createRoot(document.getElementById('container')!).render(
    <FluentProvider theme={webLightTheme}>
      <Text>TTHC Scorecard: chấm điểm, xếp loại hồ sơ thủ tục hành chính.</Text>
    </FluentProvider>,
  );
});
