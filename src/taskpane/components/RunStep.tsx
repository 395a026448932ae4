/**
 * Step 3: the job runs with a progress bar and can be cancelled until writing starts. A failure is always
 * explained in a message bar, never a blank pane.
 */
import { useState } from 'react';
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { JobResult } from '../../workbook/score-job';
import { ErrorMessage } from './ErrorMessage';
import type { ScoreJob } from '../job';
import { useStepStyles } from '../styles';
import { useJob } from '../use-job';
import { JobProgressView } from './JobProgressView';

interface RunStepProps {
  /** Started when the step opens and again on «Chạy lại»; the signal is aborted by «Hủy». */
  job: ScoreJob;
  onDone(result: JobResult): void;
  /** Back to the period step. */
  onBack(): void;
}

export function RunStep({ job, onDone, onBack }: RunStepProps) {
  const styles = useStepStyles();
  // The job starts when the step opens (attempt 1) and again on «Chạy lại».
  const [attempt, setAttempt] = useState(1);
  const { status, progress, error, cancel } = useJob(job, onDone, attempt);
  const retry = () => setAttempt((n) => n + 1);

  if (status === 'cancelled' || status === 'failed') {
    return (
      <div className={styles.step}>
        {status === 'failed' ? (
          <ErrorMessage error={error} />
        ) : (
          <MessageBar intent="info">
            <MessageBarBody>Đã hủy — tệp không thay đổi.</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.actions}>
          <Button onClick={onBack}>Quay lại</Button>
          <Button appearance="primary" onClick={retry}>
            {status === 'failed' ? 'Thử lại' : 'Chạy lại'}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className={styles.step}>
      <JobProgressView
        label="Đang chấm điểm"
        progress={progress}
        writingNote="Đang ghi kết quả vào tệp — không thể hủy ở bước này."
        cancelling={status === 'cancelling'}
        onCancel={cancel}
      />
    </div>
  );
}
