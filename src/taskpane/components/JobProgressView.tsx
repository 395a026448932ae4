/** A running job's progress bar, its phase and counts, and «Hủy» until writing starts (the score and review steps). */
import { Button, Field, ProgressBar, Text } from '@fluentui/react-components';
import type { ReviewProgress } from '../../workbook/review/review-job';
import type { JobProgress } from '../../workbook/score-job';
import { progressText, progressValue } from '../progress-text';
import { useStepStyles } from '../styles';

interface JobProgressViewProps {
  label: string;
  progress: JobProgress | ReviewProgress | null;
  /** Shown once writing has started, when cancelling is no longer possible. */
  writingNote: string;
  cancelling: boolean;
  onCancel(): void;
}

export function JobProgressView({ label, progress, writingNote, cancelling, onCancel }: JobProgressViewProps) {
  const styles = useStepStyles();
  const writing = progress?.phase === 'write';
  return (
    <>
      <Field label={label}>
        <ProgressBar value={progressValue(progress)} />
      </Field>
      <Text aria-live="polite">{progressText(progress)}</Text>
      {writing && (
        <Text size={200} className={styles.muted}>
          {writingNote}
        </Text>
      )}
      <div className={styles.actions}>
        <Button disabledFocusable={writing || cancelling} onClick={onCancel}>
          {cancelling ? 'Đang hủy…' : 'Hủy'}
        </Button>
      </div>
    </>
  );
}
