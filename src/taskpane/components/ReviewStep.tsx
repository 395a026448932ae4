/**
 * The «Đối chiếu» tab: a reviewer checks the figures a district or department submitted — recomputed from
 * its case rows, or checked for consistency. The tab says what it reads and writes before anything is
 * written; a run reads the workbook afresh, shows progress with «Hủy», then lists the problems first, each
 * one a link to its cell, and a verdict per unit.
 */
import { useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import type { BuiltInProfileName } from '../../domain/scoring';
import type { ReviewJobResult } from '../../workbook/review/review-job';
import { RECONCILIATION_SHEET } from '../../workbook/sheet-names';
import { describeError } from '../errors';
import type { ReviewJob } from '../job';
import type { Navigator } from '../ports';
import { disagreementIssue, reviewHeadline, reviewNotes } from '../review-view';
import { useStepStyles } from '../styles';
import { useJob } from '../use-job';
import { JobProgressView } from './JobProgressView';
import { ErrorMessage } from './ErrorMessage';
import { IssueList } from './IssueList';
import { ProfilePicker } from './ProfilePicker';

interface ReviewStepProps {
  /** Started by «Bắt đầu đối chiếu» and «Đối chiếu lại»; the signal is aborted by «Hủy». */
  job: ReviewJob;
  navigator: Navigator;
  profile: BuiltInProfileName;
  onProfileChange(name: BuiltInProfileName): void;
  /** The last review, kept by the App while the user is on the other tab; null shows the explanation. */
  result: ReviewJobResult | null;
  onResult(result: ReviewJobResult | null): void;
}

/** Units listed here; the sheet has them all. */
const VERDICT_LIMIT = 50;

export function ReviewStep({ job, navigator, profile, onProfileChange, result, onResult }: ReviewStepProps) {
  const styles = useStepStyles();
  // 0: nothing started in this visit; each «Đối chiếu» click starts attempt n + 1.
  const [attempt, setAttempt] = useState(0);
  const { status, setStatus, progress, error, cancel } = useJob(job, onResult, attempt);
  const [navError, setNavError] = useState<string | null>(null);

  const start = () => {
    onResult(null);
    setNavError(null);
    setAttempt((n) => n + 1);
  };
  const toIntro = () => {
    setStatus('idle');
    onResult(null);
  };
  const go = (work: Promise<void>) => {
    setNavError(null);
    work.catch((e) => setNavError(describeError(e).body));
  };

  const running = status === 'running' || status === 'cancelling';
  const body = (() => {
    if (running) {
      return (
        <JobProgressView
          label="Đang đối chiếu"
          progress={progress}
          writingNote={`Đang ghi sheet «${RECONCILIATION_SHEET}» — không thể hủy ở bước này.`}
          cancelling={status === 'cancelling'}
          onCancel={cancel}
        />
      );
    }
    if (status === 'cancelled' || status === 'failed') {
      return (
        <div className={styles.actions}>
          <Button onClick={toIntro}>Quay lại</Button>
          <Button appearance="primary" onClick={start}>
            {status === 'failed' ? 'Thử lại' : 'Đối chiếu lại'}
          </Button>
        </div>
      );
    }
    if (result) return <ReviewResult result={result} onSelect={go} navigator={navigator} onBack={toIntro} onAgain={start} />;
    return (
      <>
        <Text>
          Đối chiếu đọc lại toàn bộ tệp: các bảng số liệu đơn vị gửi (bảng tự chấm điểm theo tiêu chí, Biểu 1–4, danh sách hồ sơ quá hạn,
          bảng Chỉ số 766) và danh sách hồ sơ nếu có. Có danh sách hồ sơ thì số liệu được tính lại từ đó; không có thì kiểm tra các bảng với chính
          chúng: điểm trong giới hạn, tổng các tiêu chí, xếp loại, xếp hạng. Không có bảng nào đọc được thì không có kết luận theo đơn vị.
        </Text>
        <Text>
          Kết quả ghi vào sheet «{RECONCILIATION_SHEET}» thêm vào cuối tệp; lần đối chiếu sau thay sheet này, không sửa sheet nào khác. Nếu
          tệp đã có sheet «{RECONCILIATION_SHEET}» của người dùng, kết quả ghi vào «{RECONCILIATION_SHEET} (2)».
        </Text>
        <ProfilePicker value={profile} onChange={onProfileChange} />
        <div className={styles.actions}>
          <Button appearance="primary" onClick={start}>
            Bắt đầu đối chiếu
          </Button>
        </div>
      </>
    );
  })();

  return (
    <div className={styles.step}>
      {/* Always in the page, so a screen reader announces the outcome when it appears. */}
      <div role="status">
        {status === 'cancelled' && (
          <MessageBar intent="info">
            <MessageBarBody>Đã hủy — tệp không thay đổi.</MessageBarBody>
          </MessageBar>
        )}
        {status === 'failed' && <ErrorMessage error={error} />}
        {status === 'idle' && result && <Headline result={result} />}
      </div>
      {navError && (
        <MessageBar intent="error">
          <MessageBarBody>{navError}</MessageBarBody>
        </MessageBar>
      )}
      {body}
    </div>
  );
}

function Headline({ result }: { result: ReviewJobResult }) {
  const headline = reviewHeadline(result.review);
  return (
    <MessageBar intent={headline.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{headline.title}</MessageBarTitle>
        {headline.basis} Kết quả ở sheet «{result.sheet}».
      </MessageBarBody>
    </MessageBar>
  );
}

interface ReviewResultProps {
  result: ReviewJobResult;
  navigator: Navigator;
  onSelect(work: Promise<void>): void;
  onBack(): void;
  onAgain(): void;
}

function ReviewResult({ result, navigator, onSelect, onBack, onAgain }: ReviewResultProps) {
  const styles = useStepStyles();
  const { review, verdicts, sheet } = result;
  const problems = review.disagreements.map(disagreementIssue);
  return (
    <>
      {problems.length > 0 && (
        <section className={styles.section} aria-label="Sai lệch">
          <Subtitle2 as="h2">Sai lệch ({problems.length})</Subtitle2>
          <IssueList issues={problems} checkSheet={sheet} onSelect={(p) => onSelect(navigator.selectCell(p.sheet, p.row, p.column))} />
        </section>
      )}
      {verdicts.length > 0 && (
        <section className={styles.section} aria-label="Kết luận theo đơn vị">
          <Subtitle2 as="h2">Kết luận theo đơn vị</Subtitle2>
          {verdicts.slice(0, VERDICT_LIMIT).map((v) => (
            <Text key={v.unit} size={200}>
              <strong>{v.unit}</strong>: {v.verdict}
            </Text>
          ))}
          {verdicts.length > VERDICT_LIMIT && <Text size={200} className={styles.muted}>Xem đủ trong sheet «{sheet}».</Text>}
        </section>
      )}
      {reviewNotes(review).map((note) => (
        <Text key={note} size={200} className={styles.muted}>
          {note}
        </Text>
      ))}
      <div className={styles.actions}>
        <Button onClick={onBack}>Quay lại</Button>
        <Button onClick={onAgain}>Đối chiếu lại</Button>
        <Button appearance="primary" onClick={() => onSelect(navigator.activateSheet(sheet))}>
          Mở sheet «{sheet}»
        </Button>
      </div>
    </>
  );
}
