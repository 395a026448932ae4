/**
 * What a first-time user needs before the first click: what the add-in does, which file to open, what it
 * reads and writes, that no data leaves the file, and that Ctrl+Z cannot undo a run. Opens by itself until
 * closed once; the header's «?» brings it back.
 */
import { forwardRef } from 'react';
import { Body1, Button, Link, makeStyles, MessageBar, MessageBarBody, Text, tokens, typographyStyles } from '@fluentui/react-components';
import { useStepStyles } from '../styles';

const HELP_PAGE = 'huong-dan.html';

export const UNDO_WARNING = 'Kết quả ghi thêm vào tệp đang mở; không hoàn tác bằng Ctrl+Z — nên lưu bản sao trước.';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  file: { overflowWrap: 'anywhere' },
});

interface WelcomeProps {
  /** The open file's name; null for a new file never saved. */
  fileName: string | null;
  onClose(): void;
}

/** The heading takes the focus when the welcome opens (the ref). */
export const Welcome = forwardRef<HTMLHeadingElement, WelcomeProps>(function Welcome({ fileName, onClose }, headingRef) {
  const styles = { ...useStepStyles(), ...useStyles() };
  return (
    <section className={styles.step} aria-labelledby="welcome-title">
      <h2 id="welcome-title" className={styles.heading} ref={headingRef} tabIndex={-1}>
        Giới thiệu
      </h2>
      <Body1>
        Phần bổ trợ chấm điểm, xếp loại kết quả giải quyết hồ sơ thủ tục hành chính của từng cơ quan, đơn vị theo Quyết định 1187/QĐ-UBND và
        Chỉ số 766, từ danh sách hồ sơ xuất từ hệ thống một cửa.
      </Body1>
      <Text className={styles.file}>
        Tệp đang mở: <strong>{fileName ?? 'tệp mới, chưa lưu'}</strong>
      </Text>
      <ul className={styles.list}>
        <li>
          <Text>
            Mở tệp Excel danh sách hồ sơ: mỗi dòng một hồ sơ, có đơn vị giải quyết, ngày tiếp nhận, hạn xử lý và ngày trả kết quả.
          </Text>
        </li>
        <li>
          <Text>Đọc: các sheet của tệp đang mở. Ghi: các sheet kết quả thêm vào cuối tệp; sheet của bạn giữ nguyên.</Text>
        </li>
        <li>
          <Text>Dữ liệu không rời khỏi tệp: mọi phép tính chạy ngay trong Excel, không gửi đi đâu.</Text>
        </li>
      </ul>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{UNDO_WARNING}</MessageBarBody>
      </MessageBar>
      <Text>
        <Link href={HELP_PAGE} target="_blank" rel="noopener">
          Hướng dẫn
        </Link>{' '}
        đầy đủ: các cột cần có, cách chấm, tệp mẫu.
      </Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onClose}>
          Bắt đầu
        </Button>
      </div>
    </section>
  );
});
