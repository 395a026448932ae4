/** What is wrong or uncertain about the detected case table, each said once, above the column list. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { describeMissing } from '../../workbook/columns';
import { letterOf, missingOf, suspiciousFields, unusedSuspiciousColumns, type DataChoice } from '../data-choice';

interface DetectionNoticesProps {
  choice: DataChoice;
  /** The sheet saved in the workbook when it no longer holds a case table. */
  lostSheet: string | null;
}

export function DetectionNotices({ choice, lostSheet }: DetectionNoticesProps) {
  const missing = missingOf(choice);
  const uncertain = suspiciousFields(choice).length > 0 || choice.table.confidence === 'low';
  return (
    <>
      {missing.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Thiếu cột bắt buộc</MessageBarTitle>
            Chưa có cột {describeMissing(missing)}. Chọn cột tương ứng bên dưới để tiếp tục.
          </MessageBarBody>
        </MessageBar>
      )}
      {missing.length === 0 && uncertain && (
        <MessageBar intent="warning">
          <MessageBarBody>Nhận dạng chưa chắc chắn: một số cột có nội dung không khớp với tiêu đề. Hãy kiểm tra các cột được đánh dấu.</MessageBarBody>
        </MessageBar>
      )}
      {unusedSuspiciousColumns(choice).map((c) => (
        <MessageBar key={c} intent="warning">
          <MessageBarBody>
            Cột {letterOf(choice, c)} «{choice.table.headers[c]}» chứa ngày tháng nhưng tiêu đề không nói về ngày — có thể dòng tiêu đề bị lệch so
            với dữ liệu.
          </MessageBarBody>
        </MessageBar>
      ))}
      {lostSheet && (
        <MessageBar intent="info">
          <MessageBarBody>
            Sheet đã lưu «{lostSheet}» không còn bảng hồ sơ; đang dùng sheet «{choice.table.sheet}».
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
