/**
 * «Đối chiếu»: a reviewer checks the figures a district or department submitted — recomputed from its
 * case rows, or checked for consistency — and gets the `Đối chiếu` sheet plus a verdict per unit here.
 */
import { useEffect, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import type { ReviewJobResult } from '../../workbook/review/review-job';
import { ErrorMessage } from './ErrorMessage';
import type { Navigator } from '../ports';
import { useStepStyles } from '../styles';

export interface ReviewStepProps {
  /** Started once when the step opens. */
  job: () => Promise<ReviewJobResult>;
  navigator: Navigator;
  onBack(): void;
}

/** Units listed here; the sheet has them all. */
const VERDICT_LIMIT = 50;

export function ReviewStep({ job, navigator, onBack }: ReviewStepProps) {
  const styles = useStepStyles();
  const [result, setResult] = useState<ReviewJobResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    job().then(setResult, setError);
  }, [job]);

  const back = <Button onClick={onBack}>Quay lại</Button>;
  if (error) {
    return (
      <div className={styles.step}>
        <ErrorMessage error={error} />
        <div className={styles.actions}>{back}</div>
      </div>
    );
  }
  if (!result) return <Spinner label="Đang đối chiếu số liệu…" />;

  const { review, verdicts, plan } = result;
  const errors = review.disagreements.filter((d) => d.severity === 'error').length;
  const sheet = plan.add[0].name;
  return (
    <div className={styles.step}>
      <MessageBar intent={review.disagreements.length === 0 ? 'success' : errors > 0 ? 'error' : 'warning'}>
        <MessageBarBody>
          <MessageBarTitle>
            {review.disagreements.length === 0 ? 'Không có sai lệch' : `${review.disagreements.length} sai lệch: ${errors} lỗi, ${review.disagreements.length - errors} cảnh báo`}
          </MessageBarTitle>
          {review.basis.kind === 'cases' ? `Tính lại từ sheet «${review.basis.sheet}».` : 'Không có danh sách hồ sơ: đã kiểm tra tính nhất quán của các bảng.'}
        </MessageBarBody>
      </MessageBar>
      <section className={styles.section} aria-label="Kết luận theo đơn vị">
        <Subtitle2 as="h2">Kết luận theo đơn vị</Subtitle2>
        {verdicts.slice(0, VERDICT_LIMIT).map((v) => (
          <Text key={v.unit} size={200}>
            <strong>{v.unit}</strong>: {v.verdict}
          </Text>
        ))}
        {verdicts.length > VERDICT_LIMIT && <Text size={200} className={styles.muted}>Xem đủ trong sheet «{sheet}».</Text>}
      </section>
      {review.notes.map((note) => (
        <Text key={note} size={200} className={styles.muted}>
          {note}
        </Text>
      ))}
      <div className={styles.actions}>
        {back}
        <Button appearance="primary" onClick={() => void navigator.activateSheet(sheet).catch(setError)}>
          Mở sheet «{sheet}»
        </Button>
      </div>
    </div>
  );
}
