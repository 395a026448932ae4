/** Entry point: once Office is ready, the App runs on the open workbook through the Office.js adapters. */
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import packageJson from '../../package.json';
import { detectCapabilities } from '../office/capabilities';
import { DocumentSettingsStore } from '../office/document-settings';
import { createNavigator } from '../office/navigation';
import { OfficeWorkbookHost } from '../office/office-host';
import { withExcel } from '../office/run-excel';
import { App } from './App';

function Notice({ children }: { children: ReactNode }) {
  return (
    <MessageBar intent="warning" layout="multiline" style={{ margin: 12 }}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}

function content(info: { host: Office.HostType | null }): ReactNode {
  if (info.host !== Office.HostType.Excel) {
    return <Notice>TTHC Scorecard chạy trong Excel. Hãy mở tệp hồ sơ bằng Excel rồi mở lại bảng này.</Notice>;
  }
  if (!Office.context.requirements.isSetSupported('ExcelApi', '1.7')) {
    return (
      <Notice>
        Phiên bản Excel này quá cũ (thiếu ExcelApi 1.7). Hãy cập nhật Office, hoặc dùng Microsoft 365, Office 2021
        trở lên, Excel trên web; hoặc chấm điểm tệp bằng lệnh tthc.
      </Notice>
    );
  }
  return (
    <App
      host={new OfficeWorkbookHost(withExcel, detectCapabilities())}
      navigator={createNavigator(withExcel)}
      settings={new DocumentSettingsStore(Office.context.document.settings)}
      version={packageJson.version}
    />
  );
}

// taskpane.html's own script marks the page when the engine is too old for this bundle or office.js did not
// load, and shows why: then nothing starts. Otherwise rendering replaces its «Đang tải…».
if (!document.documentElement.hasAttribute('data-stopped')) {
  void Office.onReady((info) => {
    createRoot(document.getElementById('container')!).render(<FluentProvider theme={webLightTheme}>{content(info)}</FluentProvider>);
  });
}
