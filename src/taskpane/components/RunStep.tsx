/**
 * Step 3: the job runs with a progress bar and can be cancelled until writing starts. A failure is always
 * explained in a message bar, never a blank pane.
 */
import { useEffect, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { JobProgress, JobResult } from '../../workbook/score-job';
import { isAbort } from '../errors';
import { ErrorMessage } from './ErrorMessage';
import type { ScoreJob } from '../job';
import { useStepStyles } from '../styles';
import { JobProgressView } from './JobProgressView';

interface RunStepProps {
  /** Started when the step opens and again on «Chạy lại»; the signal is aborted by «Hủy». */
  job: ScoreJob;
  onDone(result: JobResult): void;
  /** Back to the period step. */
  onBack(): void;
}

type Status = 'running' | 'cancelling' | 'cancelled' | 'failed';

export function RunStep({ job, onDone, onBack }: RunStepProps) {
  const styles = useStepStyles();
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<Status>('running');
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const controller = useRef<AbortController | null>(null);
  const done = useRef(onDone);
  done.current = onDone;

  useEffect(() => {
    const ctl = new AbortController();
    controller.current = ctl;
    let live = true;
    setStatus('running');
    setProgress(null);
    setError(null);
    job(ctl.signal, (p) => live && setProgress(p)).then(
      (result) => live && done.current(result),
      (e) => {
        if (!live) return;
        if (isAbort(e)) setStatus('cancelled');
        else {
          setError(e);
          setStatus('failed');
        }
      },
    );
    return () => {
      live = false;
      ctl.abort();
    };
  }, [job, attempt]);

  const cancel = () => {
    setStatus('cancelling');
    controller.current?.abort();
  };
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
