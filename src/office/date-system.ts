/**
 * The workbook's date system. Excel counts date serials from 1899-12-30 (the 1900 system, its default) or
 * from 1904-01-01 (the 1904 system, an option old Mac files carry): in the latter the same day is 1 462
 * lower. Office.js hands dates over as bare serials, and no released ExcelApi set exposes the option
 * (`Workbook.use1904DateSystem` is in the preview API only; @types/office-js up to ExcelApi 1.20 has no
 * such member), so we ask Excel's own DATE function through `Workbook.functions` (ExcelApi 1.2):
 * DATE(1904,1,1) is 0 in the 1904 system and 1 462 in the 1900 system.
 *
 * The question rides in a batch the host call sends anyway, so knowing costs no round trip; only when
 * that batch fails is it sent again without the question (one extra sync), and then the job goes on in
 * the 1900 system with a warning rather than guessing in silence.
 */
import { describeFailure } from './office-error';

export type DateSystem = 1900 | 1904;

/** Serial of a day in the 1900 system minus its serial in the 1904 system. */
export const DAYS_1900_TO_1904 = 1_462;

type Answer = { system: DateSystem } | { unknown: string };

const NBSP = '\u00a0';
const OPTION = 'tùy chọn «Use 1904 date system» ở Tệp › Tùy chọn › Nâng cao, File › Options › Advanced';

/** Queues DATE(1904,1,1) in the current batch; the returned function reads the answer after its sync. */
function queueQuestion(context: Excel.RequestContext): () => Answer {
  const result = context.workbook.functions.date(1904, 1, 1).load('value,error');
  return () => {
    if (result.error) return { unknown: `DATE(1904,1,1) trả về lỗi ${result.error}` };
    if (result.value === 0) return { system: 1904 };
    if (result.value === DAYS_1900_TO_1904) return { system: 1900 };
    return { unknown: `DATE(1904,1,1) trả về ${JSON.stringify(result.value)} thay vì 0 hoặc 1462` };
  };
}

/**
 * What one job learned about the date system: asked once, in the first batch of the first host call after
 * `reset`, and used by every read and write that follows, so the grids and the result sheets agree.
 */
export class DateSystemTracker {
  private answer: Answer | null = null;

  /** A new job: ask again (the option is the user's to change between runs). */
  reset(): void {
    this.answer = null;
  }

  /** The system to read and write dates in: Excel's default, 1900, unless the workbook said 1904. */
  get system(): DateSystem {
    return this.answer && 'system' in this.answer ? this.answer.system : 1900;
  }

  /**
   * Runs `step` — which queues its loads and syncs once — with the question in the same batch, unless this
   * job has its answer (or its failure) already. If the batch fails, `step` runs once more without the
   * question: the function call may be what Excel refused (workbook functions have broken in some builds,
   * office-js#6112). Failing again, the error is the step's own and goes to the caller.
   */
  async firstSync<T>(context: Excel.RequestContext, step: () => Promise<T>): Promise<T> {
    if (this.answer) return step();
    const read = queueQuestion(context);
    let value: T;
    try {
      value = await step();
    } catch (error) {
      value = await step();
      this.answer = { unknown: `Excel báo lỗi khi hỏi: ${describeFailure(error)}` };
      return value;
    }
    this.answer = read();
    return value;
  }

  /** The warning for the user, in Vietnamese, or null when dates need no comment (1900 system, detected). */
  notice(): string | null {
    if (!this.answer) return null;
    if ('unknown' in this.answer) {
      return (
        `Không xác định được hệ ngày của tệp (${this.answer.unknown}), nên ngày được đọc và ghi theo hệ 1900, ` +
        `mặc định của Excel. Nếu tệp dùng hệ ngày 1904 (${OPTION}, thường gặp ở tệp cũ tạo trên máy Mac), mọi ngày ` +
        `sẽ sớm 1${NBSP}462 ngày (4 năm và 1 ngày): hãy đối chiếu vài ngày trong kết quả với tệp, hoặc chấm bằng lệnh tthc.`
      );
    }
    if (this.answer.system === 1904) {
      return (
        `Tệp dùng hệ ngày 1904 (${OPTION}): các ô định dạng ngày được đọc và kết quả được ghi theo hệ này. ` +
        `Ô chứa số sê-ri ngày mà không định dạng ngày (General) vẫn được hiểu theo hệ 1900, tức sớm 1${NBSP}462 ngày — ` +
        `hãy định dạng các cột ngày là ngày (Ctrl+1 › Date) rồi chạy lại.`
      );
    }
    return null;
  }
}
